import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert, Checkbox, Heading3, Link, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { formatCount, formatMoment, formatNumber, formatPercent } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ApiError } from "../../lib/http";
import { forumHref } from "../../lib/routes";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import { ConfirmQuestion } from "../../components/ConfirmedAction";
import { SelectField, TextField } from "../../components/FormFields";
import { FactList } from "../../components/FactList";
import type { ForumTabProps } from "./ForumPage";
import { usePanel, useSelection } from "./api/queries";
import { useDrawPanel, useReplaceDropouts, useStartSelection } from "./api/actions";
import { parseLotteryNumber, ticketRange } from "./selectionForm";
import { Section } from "../../components/Section";
import { panelAgainstQuotas } from "./panelQuotas";
import { FixSelectionSection } from "./FixSelectionSection";
import { PublishedFilesControl } from "./PublishedFilesControl";
import { memberStatusText } from "./panelContacts";
import { mayBeReplaced, roundDropoutsText, seatCountsText, seatedText, seatStatusText } from "./seatStatus";

function answersText(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([category, value]) => `${category}: ${value}`)
    .join(", ");
}

/**
 * The panel in the order that makes it verifiable: compute and publish the selection
 * probabilities, then draw the panel with a number drawn in public, then replace dropouts.
 */
/** The refusals of a selection that the quotas can mend. */
const quotaProblems = new Set(["quota_infeasible", "answers_outside_quotas"]);

export function SelectionTab({ forum }: ForumTabProps) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const selectionQuery = useSelection(forum.slug);
  const panelQuery = usePanel(forum.slug);
  const start = useStartSelection(forum.slug);
  const drawPanelAction = useDrawPanel(forum.slug);
  const replace = useReplaceDropouts(forum.slug);
  const [algorithm, setAlgorithm] = useState("leximin");
  const [number, setNumber] = useState("");
  const [numberInvalid, setNumberInvalid] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [dropouts, setDropouts] = useState<string[]>([]);
  const [seed, setSeed] = useState("");
  const [status, setStatus] = useState("");
  const busy = start.isPending || drawPanelAction.isPending || replace.isPending;

  const selection = selectionQuery.data;
  const panel = panelQuery.data;
  const running = selection?.status === "running";

  // "Started" no longer holds once the computation ended; a failure shows its own alert.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) setStatus(selection?.status === "done" ? t("selectionFinished") : "");
    wasRunning.current = running;
  }, [running, selection?.status, t]);

  function run(event: FormEvent) {
    event.preventDefault();
    setStatus("");
    start.mutate(algorithm, {
      onSuccess: (started) => setStatus(t(started.status === "done" ? "selectionFinished" : "selectionStarted")),
    });
  }

  function drawPanel() {
    const lotteryNumber = parseLotteryNumber(number);
    if (lotteryNumber === null) return;
    setStatus("");
    drawPanelAction.mutate(lotteryNumber, {
      onSuccess: () => setStatus(t("panelDrawnStatus")),
      onSettled: () => setConfirming(false),
    });
  }

  const [confirmingAlternates, setConfirmingAlternates] = useState(false);

  // Like the draw and the panel, alternates are drawn once from the seed: asked first, done on "yes".
  function askAlternates(event: FormEvent) {
    event.preventDefault();
    setStatus("");
    setConfirmingAlternates(true);
  }

  // Only who declined or withdrew is replaced; a tick stays only while the member's status allows it.
  const replaceable = new Set((panelQuery.data?.members ?? []).filter(mayBeReplaced).map((m) => m.id));
  const chosen = dropouts.filter((id) => replaceable.has(id));

  function replaceDropouts() {
    setConfirmingAlternates(false);
    replace.mutate(
      { ids: chosen, seed },
      {
        onSuccess: () => {
          setDropouts([]);
          setSeed("");
          setStatus(t("alternatesDrawn"));
        },
      },
    );
  }

  const loadError = selectionQuery.error ?? panelQuery.error;
  if (loadError) return <ErrorAlert error={loadError} context={t("selectionNotLoaded")} />;
  if (selection === undefined || panel === undefined) return <Loading />;

  const result = selection.status === "done" ? selection.result : null;
  // A refusal about the quotas leads to where they are changed.
  const quotasLink = (
    <Paragraph>
      <Link href={forumHref(forum.slug, "quotas")}>{t("selectionToQuotas")}</Link>
    </Paragraph>
  );
  const verification = `/f/${encodeURIComponent(forum.slug)}/verificatie`;

  return (
    <>
      <Paragraph>{t("selectionIntro")}</Paragraph>
      <Paragraph>
        <Link href={verification} target="_blank" rel="noopener">
          {t("verificationPage")}
        </Link>
      </Paragraph>

      {!panel && !selection.fixed && (
        <form onSubmit={run} noValidate>
          {start.error && <ErrorAlert error={start.error}>{start.error instanceof ApiError && quotaProblems.has(start.error.code) && quotasLink}</ErrorAlert>}
          <SelectField
            id="selection-algorithm"
            label={t("selectionAlgorithm")}
            value={algorithm}
            onChange={setAlgorithm}
            options={[
              { value: "leximin", label: t("algorithmLeximin") },
              { value: "maximin", label: t("algorithmMaximin") },
            ]}
            disabled={running}
          />
          <PrimaryActionButton type="submit" disabled={busy || running}>
            {t("runSelection")}
          </PrimaryActionButton>
        </form>
      )}
      <StatusMessage message={status} />

      <Section id="selection-state" title={t("probabilitiesTitle")}>
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
            {quotaProblems.has(selection.error.code) ? (
              <Paragraph>{t("selectionQuotasUnmet")}</Paragraph>
            ) : (
              <Paragraph>
                {t("selectionFailed")} <span lang="en">{selection.error.message}</span>
              </Paragraph>
            )}
            {quotaProblems.has(selection.error.code) && quotasLink}
          </Alert>
        )}
        {selection.stale && !panel && (
          <Alert type="warning">
            <Paragraph>{t("selectionStale")}</Paragraph>
          </Alert>
        )}
        {result && (
          <>
            <FactList
              facts={[
                {
                  name: t("selectionDone"),
                  value: `${formatMoment(selection.finished_at ?? "", language)} (${selection.started_by}, ${selection.algorithm})`,
                },
                {
                  name: t("selectionPool"),
                  value: t("selectionPoolValue", { volunteers: t("volunteerCount", { count: selection.volunteers }), seats: selection.panel_size }),
                },
                { name: t("probabilityRange"), value: `${formatPercent(result.summary.min, language)} – ${formatPercent(result.summary.max, language)}` },
                { name: t("gini"), value: formatNumber(result.summary.gini, language, 3) },
                { name: t("inputHash"), value: <code className="mienskip-hash">{result.input_sha256}</code> },
              ]}
            />
            <Paragraph>{t("probabilitiesWhy")}</Paragraph>
            <DataTable
              caption={t("ticketLottery")}
              columns={[{ header: t("tickets") }, { header: t("ticketCount"), numeric: true }]}
              rows={result.lottery.panels.map((p) => ({
                key: String(p.first_ticket),
                cells: [ticketRange(p.first_ticket, p.last_ticket), formatCount(p.last_ticket - p.first_ticket + 1, language)],
              }))}
            />
            <Paragraph>{t("ticketLotteryHelp", { count: result.lottery.panels.length })}</Paragraph>
            {/* Folded: a row per volunteer would push the panel's lottery number thousands of pixels down. */}
            <details className="mienskip-details">
              <summary>{t("probabilitiesShow", { count: result.probabilities.length })}</summary>
              <DataTable
                caption={t("probabilitiesTitle")}
                columns={[{ header: t("volunteer") }, { header: t("tabQuotas") }, { header: t("probability"), numeric: true }]}
                rows={result.probabilities.map((p) => ({
                  key: p.id,
                  cells: [p.id, answersText(p.answers), formatPercent(p.probability, language)],
                }))}
              />
            </details>
          </>
        )}
      </Section>

      <FixSelectionSection slug={forum.slug} selection={selection} panelDrawn={!!panel} />

      <Section id="panel" title={t("panelTitle")}>
        {!panel && result && !selection.stale && !selection.fixed && <Paragraph>{t("fixFirst")}</Paragraph>}
        {!panel && result && !selection.stale && selection.fixed && !selection.fixed.number_time_reached && (
          <Paragraph>{t("numberFrom", { time: formatMoment(selection.fixed.number_not_before, language) })}</Paragraph>
        )}
        {!panel && result && !selection.stale && selection.fixed && (
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
              {drawPanelAction.error && <ErrorAlert error={drawPanelAction.error} />}
              <TextField
                id="panel-number"
                label={t("lotteryNumber")}
                description={t("lotteryNumberHelp")}
                error={numberInvalid && t("lotteryNumberInvalid")}
                inputMode="numeric"
                value={number}
                onChange={(typed) => {
                  setNumber(typed);
                  setConfirming(false);
                }}
                autoComplete="off"
              />
              {!confirming && (
                <PrimaryActionButton type="submit" disabled={busy}>
                  {t("drawPanel")}
                </PrimaryActionButton>
              )}
            </form>
            {confirming && (
              <ConfirmQuestion
                question={t("confirmPanel", { number: String(parseLotteryNumber(number)) })}
                confirmLabel={t("confirmPanelYes")}
                cancelLabel={t("cancel")}
                busy={busy}
                onConfirm={drawPanel}
                onCancel={() => setConfirming(false)}
              />
            )}
          </>
        )}
        {panel && (
          <>
          <form onSubmit={askAlternates} noValidate>
            <Paragraph>
              {t("panelDrawnWith", { number: String(panel.lottery_number) })} —{" "}
              {formatMoment(panel.drawn_at, language)} ({panel.drawn_by})
            </Paragraph>
            <DataTable
              caption={t("panelQuotasTitle")}
              rowHeaders={false}
              columns={[
                { header: t("countCategory") },
                { header: t("countValue") },
                { header: t("panelSeated"), numeric: true },
                { header: t("countSeats"), numeric: true },
                { header: t("panelWithinQuota") },
              ]}
              rows={panelAgainstQuotas(forum.categories, panel.members).map((r) => ({
                key: `${r.category}\u001f${r.value}`,
                cells: [r.category, r.value, formatCount(r.seated, language), `${r.min}–${r.max}`, t(r.within ? "panelWithin" : "panelOutside")],
              }))}
            />
            <Paragraph>{seatCountsText(panel.seat_counts, language)}</Paragraph>
            {panel.seated && (
              <Paragraph>
                <strong>{seatedText(panel.seat_counts, language)}</strong>
              </Paragraph>
            )}
            <DataTable
              caption={t("panelMembers")}
              columns={[
                { header: t("volunteer") },
                { header: t("tabQuotas") },
                { header: t("contactName") },
                { header: t("contactEmail") },
                { header: t("contactPhone") },
                { header: t("status") },
                { header: t("seatStatus") },
                ...(replaceable.size > 0 ? [{ header: t("dropoutsTitle") }] : []),
              ]}
              rows={panel.members.map((m) => ({
                key: m.id,
                cells: [
                  m.id,
                  answersText(m.answers),
                  m.name ?? "–",
                  m.email ?? "–",
                  m.phone ?? "–",
                  memberStatusText(m.status, language),
                  seatStatusText(m.seat_status, language),
                  ...(replaceable.size > 0
                    ? [
                        replaceable.has(m.id) && (
                          <Checkbox
                            id={`dropout-${m.id}`}
                            aria-label={t("markDropout", { id: m.id })}
                            checked={chosen.includes(m.id)}
                            onChange={(e) => setDropouts(e.target.checked ? [...chosen, m.id] : chosen.filter((id) => id !== m.id))}
                          />
                        ),
                      ]
                    : []),
                ],
              }))}
            />
            {panel.rounds.length > 0 && (
              <ul className="utrecht-unordered-list">
                {panel.rounds.map((r) => (
                  <li key={r.round} className="utrecht-unordered-list__item">
                    {t("roundText", { round: String(r.round), dropouts: roundDropoutsText(r, language), alternates: r.alternates.join(", "), seed: r.seed })}
                  </li>
                ))}
              </ul>
            )}
            <Heading3>{t("dropoutsTitle")}</Heading3>
            {replaceable.size === 0 ? (
              <Paragraph>{t("dropoutsNone")}</Paragraph>
            ) : (
              <>
                <Paragraph>{t("dropoutsHelp")}</Paragraph>
                {replace.error && <ErrorAlert error={replace.error} />}
                <TextField
                  id="alternates-seed"
                  label={t("alternatesSeed")}
                  value={seed}
                  onChange={(value) => {
                    setSeed(value);
                    setConfirmingAlternates(false);
                  }}
                  autoComplete="off"
                  spellCheck={false}
                />
                {!confirmingAlternates && (
                  <PrimaryActionButton type="submit" disabled={busy || chosen.length === 0 || !seed.trim()}>
                    {t("drawAlternates")}
                  </PrimaryActionButton>
                )}
              </>
            )}
          </form>
          {confirmingAlternates && (
            <ConfirmQuestion
              question={t("confirmAlternates", { count: chosen.length, ids: chosen.join(", "), seed: seed.trim() })}
              confirmLabel={t("confirmAlternatesYes")}
              cancelLabel={t("cancel")}
              busy={busy}
              onConfirm={replaceDropouts}
              onCancel={() => setConfirmingAlternates(false)}
            />
          )}
          </>
        )}
        {!panel && !result && <Paragraph>{t("selectionNone")}</Paragraph>}
      </Section>
      {panel && <PublishedFilesControl slug={forum.slug} panel={panel} />}
    </>
  );
}
