import { useCallback, useEffect, useState, type FormEvent } from "react";
import {
  Alert,
  CodeBlock,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { ForumVolunteers } from "./forumTypes";
import { formatCount, formatMoment } from "../../lib/format";
import { text } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { registerProblemsOf } from "./fieldErrors";
import { FeasibilityReport } from "./FeasibilityReport";
import { ProblemsTable } from "./ProblemsTable";
import type { ForumTabProps } from "./ForumPage";
import { contactText, isShort, signUpUrl, volunteerTally } from "./volunteerCounts";

/**
 * The volunteers: the public sign-up page and whether it is open, the volunteers against the
 * quotas (and whether a panel can be selected from them), the list, an import and withdrawals.
 */
export function VolunteersTab({ api, language, forum }: ForumTabProps) {
  const [state, setState] = useState<ForumVolunteers | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  // Where the last action's outcome is shown: next to the button that started it.
  const [outcomeAt, setOutcomeAt] = useState<"top" | "contacts">("top");

  const load = useCallback(async () => {
    try {
      setState(await api.volunteers(forum.slug));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [api, forum.slug]);

  useEffect(() => {
    void load();
  }, [load]);

  async function act(action: () => Promise<string>, at: "top" | "contacts" = "top") {
    setOutcomeAt(at);
    setBusy(true);
    setActionError(null);
    setStatus("");
    try {
      setStatus(await action());
      await load();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  async function importFile(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      document.getElementById("volunteers-file")?.focus();
      return;
    }
    setImportError(null);
    await act(async () => {
      try {
        const { imported } = await api.importVolunteers(forum.slug, file);
        return text(language, "imported").replace("{count}", formatCount(imported, language));
      } catch (e) {
        setImportError(e);
        return "";
      }
    });
  }

  const problems = registerProblemsOf(importError);
  if (loadError !== null) return <ErrorAlert error={loadError} language={language} context="volunteersNotLoaded" />;
  if (!state) return <Loading language={language} />;
  const { sign_up: signUp } = state;
  const tally = volunteerTally(state.volunteers);
  const url = signUpUrl(window.location.origin, signUp.path);
  const example = `code,${forum.categories.map((c) => c.name).join(",")},naam,email,telefoon\nK7QM-X2PA-9RTD,${forum.categories
    .map((c) => c.values[0]?.value ?? "")
    .join(",")},Sjoukje de Vries,sjoukje@example.nl,`;

  return (
    <>
      <Paragraph>{text(language, "volunteersIntro")}</Paragraph>
      <section aria-labelledby="sign-up-title">
        <Heading3 id="sign-up-title">{text(language, "signUpTitle")}</Heading3>
        <Paragraph>
          {text(language, "signUpAddress")}:{" "}
          <a className="utrecht-link" href={url} target="_blank" rel="noreferrer">
            {url}
          </a>
        </Paragraph>
        <Paragraph>
          {!signUp.closed_at && state.invitations === 0
            ? text(language, "signUpBeforeDraw")
            : signUp.open
              ? text(language, "signUpOpen")
              : text(language, "signUpClosedSince")
                  .replace("{moment}", formatMoment(signUp.closed_at ?? "", language))
                  .replace("{who}", signUp.closed_by ?? "")}
        </Paragraph>
        {state.invitations > 0 && (
          <SecondaryActionButton
            type="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await api.setSignUpOpen(forum.slug, !signUp.open);
                return text(language, signUp.open ? "signUpNowClosed" : "signUpNowOpen");
              })
            }
          >
            {text(language, signUp.open ? "closeSignUp" : "reopenSignUp")}
          </SecondaryActionButton>
        )}
      </section>
      {outcomeAt === "top" && actionError !== null && <ErrorAlert error={actionError} language={language} />}
      <StatusMessage message={outcomeAt === "top" ? status : ""} />

      <section aria-labelledby="volunteer-counts-title">
        <Heading3 id="volunteer-counts-title">{text(language, "volunteerCounts")}</Heading3>
        <Paragraph>
          {text(language, "volunteersSummary")
            .replace("{active}", formatCount(tally.active, language))
            .replace("{invitations}", formatCount(state.invitations, language))
            .replace("{withdrawn}", formatCount(tally.withdrawn, language))}
        </Paragraph>
        <div className="mienskip-table-scroll">
          <Table>
            <TableCaption>{text(language, "volunteerCounts")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{text(language, "countCategory")}</TableHeaderCell>
                <TableHeaderCell scope="col">{text(language, "countValue")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{text(language, "countVolunteers")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{text(language, "countSeats")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.counts.map((c) => (
                <TableRow key={`${c.category}\u001f${c.value}`}>
                  <TableCell>{c.category}</TableCell>
                  <TableCell>{c.value}</TableCell>
                  <TableCell className="mienskip-number">
                    {formatCount(c.volunteers, language)}
                    {isShort(c) && <> ({text(language, "countShort")})</>}
                  </TableCell>
                  <TableCell className="mienskip-number">
                    {c.min}–{c.max}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
      <FeasibilityReport forum={{ ...forum, feasibility: state.feasibility }} language={language} />

      <section aria-labelledby="volunteer-list-title">
        <Heading3 id="volunteer-list-title">{text(language, "volunteerList")}</Heading3>
        {state.volunteers.length === 0 ? (
          <Paragraph>{text(language, "noVolunteers")}</Paragraph>
        ) : (
          <div className="mienskip-table-scroll">
            <Table>
              <TableCaption>{text(language, "volunteerList")}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{text(language, "volunteerId")}</TableHeaderCell>
                  {forum.categories.map((c) => (
                    <TableHeaderCell scope="col" key={c.name}>
                      {c.name}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell scope="col">{text(language, "volunteerName")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{text(language, "volunteerContact")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{text(language, "volunteerSource")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{text(language, "volunteerRegistered")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{text(language, "volunteerStatus")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {state.volunteers.map((v) => (
                  <TableRow key={v.id}>
                    <TableHeaderCell scope="row">{v.id}</TableHeaderCell>
                    {forum.categories.map((c) => (
                      <TableCell key={c.name}>{v.answers[c.name] ?? ""}</TableCell>
                    ))}
                    <TableCell>{v.name ?? ""}</TableCell>
                    <TableCell>
                      {v.contact_deleted_at ? (
                        text(language, "contactDeletedOn").replace("{moment}", formatMoment(v.contact_deleted_at, language))
                      ) : (
                        <>
                          {contactText(v)}
                          {(v.name || v.email || v.phone) && (
                            <ConfirmedAction
                              label={text(language, "deleteContact")}
                              ariaLabel={text(language, "deleteContactOf").replace("{id}", v.id)}
                              question={text(language, "deleteContactQuestion").replaceAll("{id}", v.id)}
                              confirmLabel={text(language, "deleteYes")}
                              cancelLabel={text(language, "cancel")}
                              busy={busy}
                              onConfirm={() =>
                                act(async () => {
                                  await api.deleteVolunteerContact(forum.slug, v.id);
                                  return text(language, "contactDeleted").replace("{id}", v.id);
                                })
                              }
                            />
                          )}
                        </>
                      )}
                    </TableCell>
                    <TableCell>{text(language, v.source === "import" ? "sourceImport" : "sourceSignUp")}</TableCell>
                    <TableCell>{formatMoment(v.registered_at, language)}</TableCell>
                    <TableCell>
                      {v.withdrawn_at ? (
                        text(language, "volunteerWithdrawnOn").replace("{moment}", formatMoment(v.withdrawn_at, language))
                      ) : state.panel_drawn ? (
                        text(language, "volunteerWasInLottery")
                      ) : (
                        <SecondaryActionButton
                          type="button"
                          disabled={busy}
                          aria-label={text(language, "withdrawVolunteer").replace("{id}", v.id)}
                          onClick={() =>
                            void act(async () => {
                              await api.withdrawVolunteer(forum.slug, v.id);
                              return text(language, "volunteerWithdrawn").replace("{id}", v.id);
                            })
                          }
                        >
                          {text(language, "withdraw")}
                        </SecondaryActionButton>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      {(state.panel_drawn || signUp.closed_at) && state.volunteers.some((v) => v.name || v.email || v.phone) && (
        <section aria-labelledby="delete-contacts-title">
          <Heading3 id="delete-contacts-title">{text(language, "deleteContactsTitle")}</Heading3>
          <Paragraph>{text(language, "deleteContactsIntro")}</Paragraph>
          <div className="mienskip-actions">
            {(state.panel_drawn ? (["panel", "none"] as const) : signUp.closed_at ? (["none"] as const) : []).map((keep) => (
              <ConfirmedAction
                key={keep}
                label={text(language, keep === "panel" ? "deleteContactsButPanel" : "deleteContactsAll")}
                question={text(language, keep === "panel" ? "deleteContactsButPanelQuestion" : "deleteContactsAllQuestion")}
                confirmLabel={text(language, "deleteYes")}
                cancelLabel={text(language, "cancel")}
                busy={busy}
                onConfirm={() =>
                  act(async () => {
                    const { deleted, kept } = await api.deleteVolunteerContacts(forum.slug, keep);
                    return text(language, "contactsDeleted")
                      .replace("{deleted}", formatCount(deleted, language))
                      .replace("{kept}", formatCount(kept, language));
                  }, "contacts")
                }
              />
            ))}
          </div>
          {outcomeAt === "contacts" && actionError !== null && <ErrorAlert error={actionError} language={language} />}
          <StatusMessage message={outcomeAt === "contacts" ? status : ""} />
        </section>
      )}

      {signUp.open && (
      <section aria-labelledby="volunteer-import-title">
        <Heading3 id="volunteer-import-title">{text(language, "importVolunteers")}</Heading3>
        <Paragraph>{text(language, "importFormat")}</Paragraph>
        <CodeBlock>{example}</CodeBlock>
        <form onSubmit={importFile} noValidate aria-busy={busy}>
          {problems && (
            <Alert type="error" role="alert">
              <Paragraph>{text(language, "importRefused").replace("{count}", formatCount(problems.count, language))}</Paragraph>
              <ProblemsTable problems={problems.problems} count={problems.count} language={language} />
            </Alert>
          )}
          {importError !== null && !problems && <ErrorAlert error={importError} language={language} />}
          <FormField>
            <FormLabel htmlFor="volunteers-file">{text(language, "importFile")}</FormLabel>
            <FormFieldDescription id="volunteers-file-help">{text(language, "importFileHelp")}</FormFieldDescription>
            <input
              id="volunteers-file"
              className="mienskip-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="volunteers-file-help"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </FormField>
          <PrimaryActionButton type="submit" disabled={busy || !file}>
            {text(language, "importButton")}
          </PrimaryActionButton>
        </form>
      </section>
      )}
    </>
  );
}
