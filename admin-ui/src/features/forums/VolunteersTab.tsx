import { useState } from "react";
import { Alert, CodeBlock, Link, Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { formatCount, formatMoment } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useForumApi, usePanel, useVolunteers } from "./api/queries";
import { useRefreshForum } from "./api/actions";
import { volunteerTemplateUrl } from "./api/forumApi";
import type { VolunteerImportResult } from "./api/types";
import { useText } from "../../lib/text";
import { forumTexts, type ForumText } from "./texts";
import { useAction } from "../../lib/useAction";
import { CsvUploadForm } from "../../components/CsvUploadForm";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { registerProblemsOf } from "./fieldErrors";
import { FeasibilityReport } from "./FeasibilityReport";
import { ProblemsTable } from "./ProblemsTable";
import { RecruitmentSection } from "./RecruitmentSection";
import type { ForumTabProps } from "./ForumPage";
import { contactText, isShort, panelDropouts, signUpUrl, volunteerTally } from "./volunteerCounts";
import { Section } from "../../components/Section";
import { VolunteerPager, VolunteerSearch } from "./VolunteerListControls";
import { findVolunteers, pageOf, panelStatuses, type VolunteerFilter } from "./volunteerList";

/**
 * The volunteers: the public sign-up page and whether it is open, the volunteers against the
 * quotas (and whether a panel can be selected from them), the response to the letters per
 * stratum, the list, an import and withdrawals.
 */
export function VolunteersTab({ forum }: ForumTabProps) {
  const api = useForumApi();
  const language = useLanguage();
  const t = useText(forumTexts);
  const volunteers = useVolunteers(forum.slug);
  const state = volunteers.data ?? null;
  const loadError = volunteers.error;
  const panelData = usePanel(forum.slug).data;
  const droppedOut = panelDropouts(panelData?.rounds ?? []);
  const [search, setSearch] = useState("");
  const [filter, setFilter] = useState<VolunteerFilter>("all");
  const [page, setPage] = useState(0);
  const refresh = useRefreshForum(forum.slug);
  const { busy, error: actionError, status, setStatus, run } = useAction();
  const [importError, setImportError] = useState<unknown>(null);
  // Where the last action's outcome is shown: next to the button that started it.
  const [outcomeAt, setOutcomeAt] = useState<"top" | "contacts">("top");

  async function act(action: () => Promise<string>, at: "top" | "contacts" = "top") {
    setOutcomeAt(at);
    await run(async () => {
      // The sentence shows as soon as the action is done, before the refreshed figures.
      setStatus(await action());
      await refresh();
    });
  }

  async function importFile(file: File) {
    setImportError(null);
    await act(async () => {
      try {
        const result = await api.importVolunteers(forum.slug, file);
        return importedText(result, t);
      } catch (e) {
        setImportError(e);
        return "";
      }
    });
  }

  const problems = registerProblemsOf(importError);
  if (loadError !== null) return <ErrorAlert error={loadError} context={t("volunteersNotLoaded")} />;
  if (!state) return <Loading />;
  const { sign_up: signUp } = state;
  const tally = volunteerTally(state.volunteers);
  const panel = panelStatuses(panelData?.members ?? []);
  const found = findVolunteers(state.volunteers, search, filter, panel);
  const shown = pageOf(found, page);
  const url = signUpUrl(window.location.origin, signUp.path);
  const example = `code;${forum.categories.map((c) => c.name).join(";")};naam;email;telefoon\nK7QM-X2PA-9RTD;${forum.categories
    .map((c) => c.values[0]?.value ?? "")
    .join(";")};Sjoukje de Vries;sjoukje@example.nl;`;

  return (
    <>
      <Paragraph>{t("volunteersIntro")}</Paragraph>
      <Section id="sign-up" title={t("signUpTitle")}>
        <Paragraph>
          {t("signUpAddress")}:{" "}
          <a className="utrecht-link" href={url} target="_blank" rel="noreferrer">
            {url}
          </a>
        </Paragraph>
        <Paragraph>
          {!signUp.closed_at && state.invitations === 0
            ? t("signUpBeforeDraw")
            : signUp.open
              ? t("signUpOpen")
              : t("signUpClosedSince", { moment: formatMoment(signUp.closed_at ?? "", language), who: signUp.closed_by ?? "" })}
        </Paragraph>
        {state.invitations > 0 && (signUp.open || !state.pool_final) && (
          <SecondaryActionButton
            type="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await api.setSignUpOpen(forum.slug, !signUp.open);
                return t(signUp.open ? "signUpNowClosed" : "signUpNowOpen");
              })
            }
          >
            {t(signUp.open ? "closeSignUp" : "reopenSignUp")}
          </SecondaryActionButton>
        )}
      </Section>
      {outcomeAt === "top" && actionError !== null && <ErrorAlert error={actionError} />}
      <StatusMessage message={outcomeAt === "top" ? status : ""} />

      <Section id="volunteer-counts" title={t("volunteerCounts")}>
        <Paragraph>
          {t("volunteersSummary", {
            volunteers: t("volunteerCount", { count: tally.active }),
            invitations: t("invitationCount", { count: state.invitations }),
            withdrawn: tally.withdrawn,
          })}
          {droppedOut > 0 && ` ${t("panelDropoutsNote", { count: droppedOut })}`}
        </Paragraph>
        <DataTable
          caption={t("volunteerCounts")}
          rowHeaders={false}
          columns={[
            { header: t("countCategory") },
            { header: t("countValue") },
            { header: t("countVolunteers"), numeric: true },
            { header: t("countSeats"), numeric: true },
          ]}
          rows={state.counts.map((c) => ({
            key: `${c.category}\u001f${c.value}`,
            cells: [
              c.category,
              c.value,
              <>
                {formatCount(c.volunteers, language)}
                {isShort(c) && <> ({t("countShort")})</>}
              </>,
              `${c.min}–${c.max}`,
            ],
          }))}
        />
      </Section>
      <FeasibilityReport forum={{ ...forum, feasibility: state.feasibility }} />
      {state.invitations > 0 && <RecruitmentSection slug={forum.slug} />}

      <Section id="volunteer-list" title={t("volunteerList")}>
        {state.volunteers.length === 0 ? (
          <Paragraph>{t("noVolunteers")}</Paragraph>
        ) : (
          <>
          <VolunteerSearch
            search={search}
            filter={filter}
            panelDrawn={state.panel_drawn}
            onSearch={(value) => {
              setSearch(value);
              setPage(0);
            }}
            onFilter={(value) => {
              setFilter(value);
              setPage(0);
            }}
          />
          <VolunteerPager first={shown.first} last={shown.last} found={found.length} page={shown.page} pages={shown.pages} onPage={setPage} />
          <DataTable
            caption={t("volunteerList")}
            columns={[
              { header: t("volunteerId") },
              ...forum.categories.map((c) => ({ header: c.name })),
              { header: t("volunteerName") },
              { header: t("volunteerContact") },
              { header: t("volunteerSource") },
              { header: t("volunteerRegistered") },
              { header: t("status") },
            ]}
            rows={shown.rows.map((v) => ({
              key: v.id,
              cells: [
                v.id,
                ...forum.categories.map((c) => v.answers[c.name] ?? ""),
                v.name ?? "",
                <>
                  {v.contact_deleted_at ? (
                    t("contactDeletedOn", { moment: formatMoment(v.contact_deleted_at, language) })
                  ) : (
                    <>
                      {contactText(v)}
                      {(v.name || v.email || v.phone) && (
                        <ConfirmedAction
                          label={t("deleteContact")}
                          context={v.id}
                          question={t("deleteContactQuestion", { id: v.id })}
                          confirmLabel={t("deleteYes")}
                          cancelLabel={t("cancel")}
                          busy={busy}
                          onConfirm={() =>
                            act(async () => {
                              await api.deleteVolunteerContact(forum.slug, v.id);
                              return t("contactDeleted", { id: v.id });
                            })
                          }
                        />
                      )}
                    </>
                  )}
                </>,
                t(v.source === "import" ? "sourceImport" : "sourceSignUp"),
                formatMoment(v.registered_at, language),
                <>
                  {panel.has(v.id) && <strong className="mienskip-panel-mark">{t(`panelStatus_${panel.get(v.id) ?? "member"}`)}</strong>}
                  {v.withdrawn_at ? (
                    t("volunteerWithdrawnOn", { moment: formatMoment(v.withdrawn_at, language) })
                  ) : state.pool_final ? (
                    t("volunteerWasInLottery")
                  ) : (
                    <ConfirmedAction
                      label={t("withdraw")}
                      context={v.id}
                      question={t("withdrawQuestion", { id: v.id })}
                      confirmLabel={t("withdrawYes")}
                      cancelLabel={t("cancel")}
                      busy={busy}
                      onConfirm={() =>
                        act(async () => {
                          await api.withdrawVolunteer(forum.slug, v.id);
                          return t("volunteerWithdrawn", { id: v.id });
                        })
                      }
                    />
                  )}
                </>,
              ],
            }))}
          />
          </>
        )}
      </Section>

      {(state.panel_drawn || signUp.closed_at) && state.volunteers.some((v) => v.name || v.email || v.phone) && (
        <Section id="delete-contacts" title={t("deleteContactsTitle")}>
          <Paragraph>{t("deleteContactsIntro")}</Paragraph>
          <div className="mienskip-actions">
            {(state.panel_drawn ? (["panel", "none"] as const) : signUp.closed_at ? (["none"] as const) : []).map((keep) => (
              <ConfirmedAction
                key={keep}
                label={t(keep === "panel" ? "deleteContactsButPanel" : "deleteContactsAll")}
                question={t(keep === "panel" ? "deleteContactsButPanelQuestion" : "deleteContactsAllQuestion")}
                confirmLabel={t("deleteYes")}
                cancelLabel={t("cancel")}
                busy={busy}
                onConfirm={() =>
                  act(async () => {
                    const { deleted, kept } = await api.deleteVolunteerContacts(forum.slug, keep);
                    return t("contactsDeleted", {
                      volunteers: t("volunteerCount", { count: deleted }),
                      members: t("panelMemberCount", { count: kept }),
                    });
                  }, "contacts")
                }
              />
            ))}
          </div>
          {outcomeAt === "contacts" && actionError !== null && <ErrorAlert error={actionError} />}
          <StatusMessage message={outcomeAt === "contacts" ? status : ""} />
        </Section>
      )}

      {signUp.open && (
      <Section id="volunteer-import" title={t("importVolunteers")}>
        <Paragraph>{t("importFormat")}</Paragraph>
        <CodeBlock>{example}</CodeBlock>
        <Paragraph>
          <Link href={volunteerTemplateUrl(forum.slug)} download={`aanmelders-${forum.slug}.csv`}>
            {t("importTemplate")}
          </Link>
        </Paragraph>
        <CsvUploadForm
          id="volunteers-file"
          label={t("importFile")}
          description={t("importFileHelp")}
          busy={busy}
          submitLabel={t("importButton")}
          onUpload={importFile}
        >
          {problems && (
            <Alert type="error" role="alert">
              <Paragraph>{t("importRefused", { count: problems.count })}</Paragraph>
              <ProblemsTable problems={problems.problems} count={problems.count} />
            </Alert>
          )}
          {importError !== null && !problems && <ErrorAlert error={importError} />}
        </CsvUploadForm>
      </Section>
      )}
    </>
  );
}

/** What an import came to: the count, how the file was read, and the columns left out. */
function importedText(result: VolunteerImportResult, t: ForumText): string {
  const sentences = [t("imported", { count: result.imported })];
  if (result.encoding === "Windows-1252") sentences.push(t("readAsWindows1252"));
  if (result.ignored_columns.length > 0) {
    sentences.push(t("importIgnored", { count: result.ignored_columns.length, columns: result.ignored_columns.map((c) => `‘${c}’`).join(", ") }));
  }
  return sentences.join(" ");
}
