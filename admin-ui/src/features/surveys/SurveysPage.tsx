import {
  Heading1,
  Link,
  Paragraph,
  SecondaryActionButton,
} from "@utrecht/component-library-react";
import type { SurveySummary } from "./api/types";
import { formatCount } from "../../lib/format";
import { surveyHref } from "../../lib/routes";
import { useLanguage, useSession } from "../../lib/appContext";
import { useSurveys } from "./api/queries";
import { useSetSurveyOpen } from "./api/actions";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { NewSurveyForm } from "./NewSurveyForm";
import { statusText } from "./status";
import { mayManageSurvey } from "./surveyRights";

export function SurveysPage({
  onCreated,
}: {
  onCreated: (slug: string) => void;
}) {
  const session = useSession();
  const language = useLanguage();
  const t = useText(surveyTexts);
  const list = useSurveys();
  const surveys = list.data ?? null;
  const setOpen = useSetSurveyOpen();
  const error = list.error ?? setOpen.error;
  const admin = session.role === "admin";
  // Opening and closing per survey the account manages; creating is for administrators.
  const managesSome = !!surveys?.some(mayManageSurvey);

  function toggle(survey: SurveySummary) {
    setOpen.mutate({ slug: survey.slug, open: survey.status !== "open" });
  }

  return (
    <>
      <Heading1>{t("surveys")}</Heading1>
      {!admin && surveys && !managesSome && <Paragraph>{t("readOnly")}</Paragraph>}
      {error !== null && <ErrorAlert error={error} />}
      {surveys === null && error === null && <Loading />}
      {surveys?.length === 0 && <Paragraph>{t("noSurveys")}</Paragraph>}
      {surveys && surveys.length > 0 && (
        <DataTable
          caption={t("surveys")}
          captionHidden
          columns={[
            { header: t("survey") },
            { header: t("status") },
            { header: t("responses"), numeric: true },
            { header: t("codes"), numeric: true },
            { header: t("residentPage") },
            ...(managesSome ? [{ header: <span className="mienskip-visually-hidden">{t("openOrClose")}</span> }] : []),
          ]}
          rows={surveys.map((survey) => ({
            key: survey.slug,
            cells: [
              <Link href={surveyHref(survey.slug)}>{survey.title}</Link>,
              statusText(survey.status, language),
              formatCount(survey.responses, language),
              formatCount(survey.codes, language),
              <Link href={`/s/${encodeURIComponent(survey.slug)}`}>
                /s/{survey.slug}
                <span className="mienskip-visually-hidden"> ({survey.title})</span>
              </Link>,
              ...(managesSome
                ? [
                    mayManageSurvey(survey) && (
                      <SecondaryActionButton onClick={() => toggle(survey)}>
                        {t(survey.status === "open" ? "close" : survey.status === "closed" ? "reopen" : "openSurvey")}
                        <span className="mienskip-visually-hidden"> {survey.title}</span>
                      </SecondaryActionButton>
                    ),
                  ]
                : []),
            ],
          }))}
        />
      )}
      {admin && <NewSurveyForm onCreated={onCreated} />}
    </>
  );
}
