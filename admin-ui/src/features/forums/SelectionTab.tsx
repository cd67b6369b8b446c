import { useEffect, useState, type FormEvent } from "react";
import {
  Alert,
  ButtonGroup,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import type { ForumPanel, ForumSelection, PanelMemberStatus } from "./forumTypes";
import { formatCount, formatMoment, formatNumber, formatPercent } from "../../lib/format";
import { useApi, useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts, type ForumTextKey } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import type { ForumTabProps } from "./ForumPage";
import { parseLotteryNumber, ticketRange } from "./selectionForm";

/** How often a running selection is asked after; it lives on the server, so a reload picks it up again. */
const pollMilliseconds = 1500;

const statusNames: Record<PanelMemberStatus, ForumTextKey> = {
  member: "statusMember",
  dropout: "statusDropout",
  alternate: "statusAlternate",
};

function answersText(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([category, value]) => `${category}: ${value}`)
    .join(", ");
}

/**
 * The panel in the order that makes it verifiable: compute and publish the selection
 * probabilities, then draw the panel with a number drawn in public, then replace dropouts.
 */
export function SelectionTab({ forum }: ForumTabProps) {
  const api = useApi();
  const language = useLanguage();
  const t = useText(forumTexts);
  const [selection, setSelection] = useState<ForumSelection | undefined>(undefined);
  const [panel, setPanel] = useState<ForumPanel | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [algorithm, setAlgorithm] = useState("leximin");
  const [runError, setRunError] = useState<unknown>(null);
  const [number, setNumber] = useState("");
  const [numberInvalid, setNumberInvalid] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [panelError, setPanelError] = useState<unknown>(null);
  const [dropouts, setDropouts] = useState<string[]>([]);
  const [seed, setSeed] = useState("");
  const [dropoutError, setDropoutError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([api.selection(forum.slug), api.panel(forum.slug)]).then(([s, p]) => {
      setSelection(s);
      setPanel(p);
    }, setLoadError);
  }, [api, forum.slug]);

  const running = selection?.status === "running";
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => {
      api.selection(forum.slug).then((next) => {
        setSelection(next);
        // "Started" no longer holds once the computation ended; a failure shows its own alert.
        if (next.status !== "running") setStatus(next.status === "done" ? t("selectionFinished") : "");
      }, setLoadError);
    }, pollMilliseconds);
    return () => window.clearTimeout(timer);
  }, [api, forum.slug, language, running, selection]);

  async function run(event: FormEvent) {
    event.preventDefault();
    setRunError(null);
    setStatus("");
    setBusy(true);
    try {
      const started = await api.startSelection(forum.slug, algorithm);
      setSelection(started);
      setStatus(t(started.status === "done" ? "selectionFinished" : "selectionStarted"));
    } catch (e) {
      setRunError(e);
    } finally {
      setBusy(false);
    }
  }

  async function drawPanel() {
    const lotteryNumber = parseLotteryNumber(number);
    if (lotteryNumber === null) return;
    setPanelError(null);
    setStatus("");
    setBusy(true);
    try {
      setPanel(await api.drawPanel(forum.slug, lotteryNumber));
      setStatus(t("panelDrawnStatus"));
    } catch (e) {
      setPanelError(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  async function replaceDropouts(event: FormEvent) {
    event.preventDefault();
    setDropoutError(null);
    setStatus("");
    setBusy(true);
    try {
      setPanel(await api.replaceDropouts(forum.slug, dropouts, seed));
      setDropouts([]);
      setSeed("");
      setStatus(t("alternatesDrawn"));
    } catch (e) {
      setDropoutError(e);
    } finally {
      setBusy(false);
    }
  }

  if (loadError !== null) return <ErrorAlert error={loadError} context={t("selectionNotLoaded")} />;
  if (selection === undefined || panel === undefined) return <Loading />;

  const result = selection.status === "done" ? selection.result : null;
  const verification = `/f/${encodeURIComponent(forum.slug)}/verificatie`;

  return (
    <>
      <Paragraph>{t("selectionIntro")}</Paragraph>
      <Paragraph>
        <Link href={verification} target="_blank" rel="noopener">
          {t("verificationPage")}
        </Link>
      </Paragraph>

      {!panel && (
        <form onSubmit={run} noValidate>
          {runError !== null && <ErrorAlert error={runError} />}
          <FormField>
            <FormLabel htmlFor="selection-algorithm">{t("selectionAlgorithm")}</FormLabel>
            <Select id="selection-algorithm" value={algorithm} onChange={(e) => setAlgorithm(e.target.value)} disabled={running}>
              <SelectOption value="leximin">{t("algorithmLeximin")}</SelectOption>
              <SelectOption value="maximin">{t("algorithmMaximin")}</SelectOption>
            </Select>
          </FormField>
          <PrimaryActionButton type="submit" disabled={busy || running}>
            {t("runSelection")}
          </PrimaryActionButton>
        </form>
      )}
      <StatusMessage message={status} />

      <section aria-labelledby="selection-state-title">
        <Heading3 id="selection-state-title">{t("probabilitiesTitle")}</Heading3>
        {selection.status === "none" && <Paragraph>{t("selectionNone")}</Paragraph>}
        {running && (
          <div role="status" aria-live="polite">
            <Paragraph>
              {t("selectionRunning", { stage: selection.progress?.stage ?? "", count: Math.round(selection.progress?.elapsed_seconds ?? 0) })}
            </Paragraph>
          </div>
        )}
        {selection.status === "failed" && selection.error && (
          <Alert type="error" role="alert">
            <Paragraph>
              {t("selectionFailed")} {selection.error.message}
            </Paragraph>
          </Alert>
        )}
        {selection.stale && !panel && (
          <Alert type="warning">
            <Paragraph>{t("selectionStale")}</Paragraph>
          </Alert>
        )}
        {result && (
          <>
            <DataList>
              <DataListItem>
                <DataListKey>{t("selectionDone")}</DataListKey>
                <DataListValue>
                  {formatMoment(selection.finished_at ?? "", language)} ({selection.started_by}, {selection.algorithm})
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t("selectionPool")}</DataListKey>
                <DataListValue>
                  {t("selectionPoolValue", {
                    volunteers: t("volunteerCount", { count: selection.volunteers }),
                    seats: selection.panel_size,
                  })}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t("probabilityRange")}</DataListKey>
                <DataListValue>
                  {formatPercent(result.summary.min, language)} – {formatPercent(result.summary.max, language)}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t("gini")}</DataListKey>
                <DataListValue>{formatNumber(result.summary.gini, language, 3)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t("inputHash")}</DataListKey>
                <DataListValue>
                  <code className="mienskip-hash">{result.input_sha256}</code>
                </DataListValue>
              </DataListItem>
            </DataList>
            <div className="mienskip-table-scroll">
              <Table>
                <TableCaption>{t("ticketLottery")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("tickets")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="mienskip-number">
                      {t("ticketCount")}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {result.lottery.panels.map((p) => (
                    <TableRow key={p.first_ticket}>
                      <TableHeaderCell scope="row">
                        {ticketRange(p.first_ticket, p.last_ticket)}
                      </TableHeaderCell>
                      <TableCell className="mienskip-number">{formatCount(p.last_ticket - p.first_ticket + 1, language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <Paragraph>{t("ticketLotteryHelp", { count: result.lottery.panels.length })}</Paragraph>
            <div className="mienskip-table-scroll">
              <Table>
                <TableCaption>{t("probabilitiesTitle")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("volunteer")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("tabQuotas")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="mienskip-number">
                      {t("probability")}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {result.probabilities.map((p) => (
                    <TableRow key={p.id}>
                      <TableHeaderCell scope="row">{p.id}</TableHeaderCell>
                      <TableCell>{answersText(p.answers)}</TableCell>
                      <TableCell className="mienskip-number">{formatPercent(p.probability, language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="panel-title">
        <Heading3 id="panel-title">{t("panelTitle")}</Heading3>
        {!panel && result && !selection.stale && (
          <>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const valid = parseLotteryNumber(number) !== null;
                setNumberInvalid(!valid);
                if (valid) setConfirming(true);
                else document.getElementById("panel-number")?.focus();
              }}
              noValidate
            >
              {panelError !== null && <ErrorAlert error={panelError} />}
              <FormField invalid={numberInvalid}>
                <FormLabel htmlFor="panel-number">{t("lotteryNumber")}</FormLabel>
                <FormFieldDescription id="panel-number-description">{t("lotteryNumberHelp")}</FormFieldDescription>
                {numberInvalid && <FormFieldErrorMessage id="panel-number-error">{t("lotteryNumberInvalid")}</FormFieldErrorMessage>}
                <Textbox
                  id="panel-number"
                  inputMode="numeric"
                  value={number}
                  invalid={numberInvalid}
                  onChange={(e) => {
                    setNumber(e.target.value);
                    setConfirming(false);
                  }}
                  aria-describedby={numberInvalid ? "panel-number-description panel-number-error" : "panel-number-description"}
                  autoComplete="off"
                />
              </FormField>
              {!confirming && (
                <PrimaryActionButton type="submit" disabled={busy}>
                  {t("drawPanel")}
                </PrimaryActionButton>
              )}
            </form>
            {confirming && (
              <Alert type="warning" role="alert">
                <Paragraph>{t("confirmPanel", { number: String(parseLotteryNumber(number)) })}</Paragraph>
                <ButtonGroup>
                  <PrimaryActionButton onClick={() => void drawPanel()} disabled={busy}>
                    {t("confirmPanelYes")}
                  </PrimaryActionButton>
                  <SecondaryActionButton onClick={() => setConfirming(false)} disabled={busy}>
                    {t("cancel")}
                  </SecondaryActionButton>
                </ButtonGroup>
              </Alert>
            )}
          </>
        )}
        {panel && (
          <form onSubmit={replaceDropouts} noValidate>
            <Paragraph>
              {t("panelDrawnWith", { number: String(panel.lottery_number) })} —{" "}
              {formatMoment(panel.drawn_at, language)} ({panel.drawn_by})
            </Paragraph>
            <div className="mienskip-table-scroll">
              <Table>
                <TableCaption>{t("panelMembers")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("volunteer")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("tabQuotas")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("contactName")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("contactEmail")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("contactPhone")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("memberStatus")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("dropoutsTitle")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {panel.members.map((m) => (
                    <TableRow key={m.id}>
                      <TableHeaderCell scope="row">{m.id}</TableHeaderCell>
                      <TableCell>{answersText(m.answers)}</TableCell>
                      <TableCell>{m.name ?? "–"}</TableCell>
                      <TableCell>{m.email ?? "–"}</TableCell>
                      <TableCell>{m.phone ?? "–"}</TableCell>
                      <TableCell>{t(statusNames[m.status])}</TableCell>
                      <TableCell>
                        {m.status !== "dropout" && (
                          <Checkbox
                            id={`dropout-${m.id}`}
                            aria-label={t("markDropout", { id: m.id })}
                            checked={dropouts.includes(m.id)}
                            onChange={(e) =>
                              setDropouts(e.target.checked ? [...dropouts, m.id] : dropouts.filter((id) => id !== m.id))
                            }
                          />
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {panel.rounds.length > 0 && (
              <ul className="utrecht-unordered-list">
                {panel.rounds.map((r) => (
                  <li key={r.round} className="utrecht-unordered-list__item">
                    {t("roundText", { round: String(r.round), dropouts: r.dropouts.join(", "), alternates: r.alternates.join(", "), seed: r.seed })}
                  </li>
                ))}
              </ul>
            )}
            <Heading3>{t("dropoutsTitle")}</Heading3>
            <Paragraph>{t("dropoutsHelp")}</Paragraph>
            {dropoutError !== null && <ErrorAlert error={dropoutError} />}
            <FormField>
              <FormLabel htmlFor="alternates-seed">{t("alternatesSeed")}</FormLabel>
              <Textbox id="alternates-seed" value={seed} onChange={(e) => setSeed(e.target.value)} autoComplete="off" spellCheck={false} />
            </FormField>
            <PrimaryActionButton type="submit" disabled={busy || dropouts.length === 0 || !seed.trim()}>
              {t("drawAlternates")}
            </PrimaryActionButton>
          </form>
        )}
        {!panel && !result && <Paragraph>{t("selectionNone")}</Paragraph>}
      </section>
    </>
  );
}
