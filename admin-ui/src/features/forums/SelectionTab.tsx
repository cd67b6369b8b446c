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
import { text, type TextKey } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import type { ForumTabProps } from "./ForumPage";
import { parseLotteryNumber, ticketRange } from "./selectionForm";

/** How often a running selection is asked after; it lives on the server, so a reload picks it up again. */
const pollMilliseconds = 1500;

const statusNames: Record<PanelMemberStatus, TextKey> = {
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
export function SelectionTab({ api, language, forum }: ForumTabProps) {
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
        if (next.status !== "running") setStatus(next.status === "done" ? text(language, "selectionFinished") : "");
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
      setStatus(text(language, started.status === "done" ? "selectionFinished" : "selectionStarted"));
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
      setStatus(text(language, "panelDrawnStatus"));
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
      setStatus(text(language, "alternatesDrawn"));
    } catch (e) {
      setDropoutError(e);
    } finally {
      setBusy(false);
    }
  }

  if (loadError !== null) return <ErrorAlert error={loadError} language={language} context="selectionNotLoaded" />;
  if (selection === undefined || panel === undefined) return <Loading language={language} />;

  const result = selection.status === "done" ? selection.result : null;
  const verification = `/f/${encodeURIComponent(forum.slug)}/verificatie`;

  return (
    <>
      <Paragraph>{text(language, "selectionIntro")}</Paragraph>
      <Paragraph>
        <Link href={verification} target="_blank" rel="noopener">
          {text(language, "verificationPage")}
        </Link>
      </Paragraph>

      {!panel && (
        <form onSubmit={run} noValidate>
          {runError !== null && <ErrorAlert error={runError} language={language} />}
          <FormField>
            <FormLabel htmlFor="selection-algorithm">{text(language, "selectionAlgorithm")}</FormLabel>
            <Select id="selection-algorithm" value={algorithm} onChange={(e) => setAlgorithm(e.target.value)} disabled={running}>
              <SelectOption value="leximin">{text(language, "algorithmLeximin")}</SelectOption>
              <SelectOption value="maximin">{text(language, "algorithmMaximin")}</SelectOption>
            </Select>
          </FormField>
          <PrimaryActionButton type="submit" disabled={busy || running}>
            {text(language, "runSelection")}
          </PrimaryActionButton>
        </form>
      )}
      <StatusMessage message={status} />

      <section aria-labelledby="selection-state-title">
        <Heading3 id="selection-state-title">{text(language, "probabilitiesTitle")}</Heading3>
        {selection.status === "none" && <Paragraph>{text(language, "selectionNone")}</Paragraph>}
        {running && (
          <div role="status" aria-live="polite">
            <Paragraph>
              {text(language, "selectionRunning")
                .replace("{stage}", selection.progress?.stage ?? "")
                .replace("{seconds}", formatNumber(selection.progress?.elapsed_seconds ?? 0, language, 0))}
            </Paragraph>
          </div>
        )}
        {selection.status === "failed" && selection.error && (
          <Alert type="error" role="alert">
            <Paragraph>
              {text(language, "selectionFailed")} {selection.error.message}
            </Paragraph>
          </Alert>
        )}
        {selection.stale && !panel && (
          <Alert type="warning">
            <Paragraph>{text(language, "selectionStale")}</Paragraph>
          </Alert>
        )}
        {result && (
          <>
            <DataList>
              <DataListItem>
                <DataListKey>{text(language, "selectionDone")}</DataListKey>
                <DataListValue>
                  {formatMoment(selection.finished_at ?? "", language)} ({selection.started_by}, {selection.algorithm})
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{text(language, "selectionPool")}</DataListKey>
                <DataListValue>
                  {text(language, "selectionPoolValue")
                    .replace("{volunteers}", formatCount(selection.volunteers, language))
                    .replace("{seats}", formatCount(selection.panel_size, language))}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{text(language, "probabilityRange")}</DataListKey>
                <DataListValue>
                  {formatPercent(result.summary.min, language)} – {formatPercent(result.summary.max, language)}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{text(language, "gini")}</DataListKey>
                <DataListValue>{formatNumber(result.summary.gini, language, 3)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{text(language, "inputHash")}</DataListKey>
                <DataListValue>
                  <code className="mienskip-hash">{result.input_sha256}</code>
                </DataListValue>
              </DataListItem>
            </DataList>
            <div className="mienskip-table-scroll">
              <Table>
                <TableCaption>{text(language, "ticketLottery")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{text(language, "tickets")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="mienskip-number">
                      {text(language, "ticketCount")}
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
            <Paragraph>{text(language, "ticketLotteryHelp").replace("{panels}", formatCount(result.lottery.panels.length, language))}</Paragraph>
            <div className="mienskip-table-scroll">
              <Table>
                <TableCaption>{text(language, "probabilitiesTitle")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{text(language, "volunteer")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{text(language, "tabQuotas")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="mienskip-number">
                      {text(language, "probability")}
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
        <Heading3 id="panel-title">{text(language, "panelTitle")}</Heading3>
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
              {panelError !== null && <ErrorAlert error={panelError} language={language} />}
              <FormField invalid={numberInvalid}>
                <FormLabel htmlFor="panel-number">{text(language, "lotteryNumber")}</FormLabel>
                <FormFieldDescription id="panel-number-description">{text(language, "lotteryNumberHelp")}</FormFieldDescription>
                {numberInvalid && <FormFieldErrorMessage id="panel-number-error">{text(language, "lotteryNumberInvalid")}</FormFieldErrorMessage>}
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
                  {text(language, "drawPanel")}
                </PrimaryActionButton>
              )}
            </form>
            {confirming && (
              <Alert type="warning" role="alert">
                <Paragraph>{text(language, "confirmPanel").replace("{number}", String(parseLotteryNumber(number)))}</Paragraph>
                <ButtonGroup>
                  <PrimaryActionButton onClick={() => void drawPanel()} disabled={busy}>
                    {text(language, "confirmPanelYes")}
                  </PrimaryActionButton>
                  <SecondaryActionButton onClick={() => setConfirming(false)} disabled={busy}>
                    {text(language, "cancel")}
                  </SecondaryActionButton>
                </ButtonGroup>
              </Alert>
            )}
          </>
        )}
        {panel && (
          <form onSubmit={replaceDropouts} noValidate>
            <Paragraph>
              {text(language, "panelDrawnWith").replace("{number}", String(panel.lottery_number))} —{" "}
              {formatMoment(panel.drawn_at, language)} ({panel.drawn_by})
            </Paragraph>
            <div className="mienskip-table-scroll">
              <Table>
                <TableCaption>{text(language, "panelMembers")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{text(language, "volunteer")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{text(language, "tabQuotas")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{text(language, "contactName")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{text(language, "contactEmail")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{text(language, "contactPhone")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{text(language, "memberStatus")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{text(language, "dropoutsTitle")}</TableHeaderCell>
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
                      <TableCell>{text(language, statusNames[m.status])}</TableCell>
                      <TableCell>
                        {m.status !== "dropout" && (
                          <Checkbox
                            id={`dropout-${m.id}`}
                            aria-label={text(language, "markDropout").replace("{id}", m.id)}
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
                    {text(language, "roundText")
                      .replace("{round}", String(r.round))
                      .replace("{dropouts}", r.dropouts.join(", "))
                      .replace("{alternates}", r.alternates.join(", "))
                      .replace("{seed}", r.seed)}
                  </li>
                ))}
              </ul>
            )}
            <Heading3>{text(language, "dropoutsTitle")}</Heading3>
            <Paragraph>{text(language, "dropoutsHelp")}</Paragraph>
            {dropoutError !== null && <ErrorAlert error={dropoutError} language={language} />}
            <FormField>
              <FormLabel htmlFor="alternates-seed">{text(language, "alternatesSeed")}</FormLabel>
              <Textbox id="alternates-seed" value={seed} onChange={(e) => setSeed(e.target.value)} autoComplete="off" spellCheck={false} />
            </FormField>
            <PrimaryActionButton type="submit" disabled={busy || dropouts.length === 0 || !seed.trim()}>
              {text(language, "drawAlternates")}
            </PrimaryActionButton>
          </form>
        )}
        {!panel && !result && <Paragraph>{text(language, "selectionNone")}</Paragraph>}
      </section>
    </>
  );
}
