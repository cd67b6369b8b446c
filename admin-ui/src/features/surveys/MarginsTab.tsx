import { useMemo, useState } from "react";
import { CodeBlock, Paragraph } from "@utrecht/component-library-react";
import { formatCount, formatMoment, formatPercent } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useMargins } from "./api/queries";
import { useUploadMargins } from "./api/actions";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { useAction } from "../../lib/useAction";
import { CsvUploadForm } from "../../components/CsvUploadForm";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryStatus } from "../../components/QueryStatus";
import { NumberTable } from "../../components/NumberTable";
import { StatusMessage } from "../../components/StatusMessage";
import { labelWithId, surveyLabels } from "./surveyLabels";
import type { TabProps } from "./SurveyPage";
import { Section } from "../../components/Section";
import { TextField } from "../../components/FormFields";

export function MarginsTab({ slug, survey, manage }: TabProps) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const marginsQuery = useMargins(slug);
  const margins = marginsQuery.data;
  const uploadMargins = useUploadMargins(slug);
  const { busy, error, status, run } = useAction();
  const labels = useMemo(() => surveyLabels(survey?.definition, language), [survey, language]);

  const [source, setSource] = useState("");
  const [referenceDate, setReferenceDate] = useState("");
  const [population, setPopulation] = useState("");
  const upload = (file: File) =>
    run(async () => {
      await uploadMargins.mutateAsync({ csv: await file.text(), source: { source, reference_date: referenceDate, population } });
      return t("marginsSaved");
    });

  return (
    <>
      <Paragraph>{t("marginsIntro")}</Paragraph>
      <QueryStatus query={marginsQuery} context={t("marginsNotLoaded")} />
      {margins === null && <Paragraph>{t("noMarginsYet")}</Paragraph>}
      {margins && (
        <>
          <Paragraph>
            {t("marginsUploaded")} {formatMoment(margins.uploaded_at, language)} ({margins.uploaded_by})
          </Paragraph>
          <Paragraph>
            {margins.source || margins.reference_date || margins.population
              ? [
                  `${t("marginsSource")}: ${margins.source ?? t("notStated")}`,
                  `${t("marginsReferenceDate")}: ${margins.reference_date ?? t("notStated")}`,
                  `${t("marginsPopulation")}: ${margins.population ?? t("notStated")}`,
                ].join(" · ")
              : t("marginsSourceMissing")}
          </Paragraph>
          {margins.variables.map((v) => {
            const total = v.categories.reduce((sum, c) => sum + c.population_count, 0);
            return (
              <NumberTable
                key={v.variable}
                caption={labelWithId(labels.question(v.variable), v.variable)}
                columns={[t("category"), t("populationCount"), t("populationShare")]}
                rows={v.categories.map((c) => ({
                  key: c.category,
                  header: labelWithId(labels.option(v.variable, c.category), c.category),
                  cells: [formatCount(c.population_count, language), formatPercent(total > 0 ? c.population_count / total : 0, language)],
                }))}
              />
            );
          })}
        </>
      )}
      {manage && (
        <Section id="margins-upload" title={t(margins ? "replaceMargins" : "uploadMargins")}>
          <Paragraph>{t("marginsFormat")}</Paragraph>
          <CodeBlock>{"variable,category,population_count\nage,16-24,7650\nage,25-34,8120\ngender,man,42100"}</CodeBlock>
          <CsvUploadForm
            id="margins-file"
            label={t("marginsFile")}
            description={t("marginsFileHelp")}
            busy={busy}
            submitLabel={t("upload")}
            onUpload={upload}
          >
            {error !== null && <ErrorAlert error={error} />}
            <TextField id="margins-source" label={t("marginsSource")} description={t("marginsSourceHelp")} value={source} onChange={setSource} maxLength={200} />
            <TextField
              id="margins-reference-date"
              label={t("marginsReferenceDate")}
              description={t("marginsReferenceDateHelp")}
              type="date"
              value={referenceDate}
              onChange={setReferenceDate}
            />
            <TextField
              id="margins-population"
              label={t("marginsPopulation")}
              description={t("marginsPopulationHelp")}
              value={population}
              onChange={setPopulation}
              maxLength={200}
            />
          </CsvUploadForm>
          <StatusMessage message={status} />
        </Section>
      )}
    </>
  );
}
