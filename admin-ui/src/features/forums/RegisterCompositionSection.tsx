import { useState } from "react";
import { Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/FormFields";
import { Section } from "../../components/Section";
import { StatusMessage } from "../../components/StatusMessage";
import { useLanguage } from "../../lib/appContext";
import { formatCount, formatDay, formatNumber, formatPercent } from "../../lib/format";
import { useText } from "../../lib/text";
import { useRegister, useRegisterComposition, useVolunteers } from "./api/queries";
import type { CategoryRow, QuotaForm } from "./quotaForm";
import { suggestedColumn, volunteersByValue, withSuggestion } from "./registerComposition";
import { forumTexts } from "./texts";

/** One category against the register column staff choose, with the suggestion to take over. */
function CategoryComposition({
  slug,
  category,
  index,
  columns,
  form,
  volunteers,
  onChange,
}: {
  slug: string;
  category: CategoryRow;
  index: number;
  columns: string[];
  form: QuotaForm;
  /** Who signed up per value, beside the register's residents; null before anyone did. */
  volunteers: Map<string, number> | null;
  onChange: (form: QuotaForm) => void;
}) {
  const t = useText(forumTexts);
  const language = useLanguage();
  const [column, setColumn] = useState(() => suggestedColumn(category, columns));
  const [applied, setApplied] = useState("");
  const values = category.values.map((v) => v.value.trim()).filter((v) => v !== "");
  const panelSize = Number(form.panelSize);
  const answer = useRegisterComposition(slug, column, values, Number.isInteger(panelSize) ? panelSize : 0);
  const composition = answer.data;
  const matched = composition ? composition.rows.reduce((sum, r) => sum + r.residents, 0) : 0;
  const name = category.name.trim() || t("categoryWithoutName", { number: index + 1 });
  return (
    <div className="mienskip-composition">
      <SelectField
        id={`composition-${category.key}-column`}
        label={t("compositionColumn", { category: name })}
        value={column}
        onChange={setColumn}
        options={[{ value: "", label: t("compositionNoColumn") }, ...columns.map((c) => ({ value: c, label: c }))]}
      />
      {answer.error && <ErrorAlert error={answer.error} />}
      {composition && composition.column === column && (
        <>
          <DataTable
            caption={t("compositionCaption", { category: name, column })}
            columns={[
              { header: t("compositionValue") },
              { header: t("compositionResidents"), numeric: true },
              { header: t("compositionShare"), numeric: true },
              { header: t("compositionSeats"), numeric: true },
              { header: t("compositionSuggestion"), numeric: true },
              ...(volunteers ? [{ header: t("compositionVolunteers"), numeric: true }] : []),
            ]}
            rows={composition.rows.map((r) => ({
              key: r.value,
              cells: [
                r.value,
                formatCount(r.residents, language),
                matched ? formatPercent(r.residents / matched, language) : "–",
                formatNumber(r.seats, language),
                `${r.min}–${r.max}`,
                ...(volunteers ? [formatCount(volunteers.get(r.value) ?? 0, language)] : []),
              ],
            }))}
          />
          {composition.reading === "ages" && <Paragraph>{t("compositionAges", { date: formatDay(composition.reference_date, language) })}</Paragraph>}
          {composition.unmatched > 0 && (
            <Paragraph>
              {t("compositionUnmatched", { count: composition.unmatched })}
              {composition.unmatched_values.length > 0 &&
                ` ${t("compositionUnmatchedValues", {
                  values: composition.unmatched_values.map((v) => `‘${v.value}’ (${formatCount(v.residents, language)})`).join(", "),
                })}`}
            </Paragraph>
          )}
          <SecondaryActionButton
            type="button"
            disabled={matched === 0}
            onClick={() => {
              onChange(withSuggestion(form, category.key, composition));
              setApplied(t("compositionApplied", { category: name }));
            }}
          >
            {t("compositionApply", { category: name })}
          </SecondaryActionButton>
          <StatusMessage message={applied} />
        </>
      )}
    </div>
  );
}

/**
 * Quotas from facts: the register beside the quota editor, and once residents signed up, how
 * many volunteers answered each value. Per category, staff choose the column
 * it is counted by; the server counts (only counts leave the database) and suggests quotas in
 * proportion, a seat either way, which staff take over into the form and adjust.
 */
export function RegisterCompositionSection({ slug, form, onChange }: { slug: string; form: QuotaForm; onChange: (form: QuotaForm) => void }) {
  const t = useText(forumTexts);
  const register = useRegister(slug).data;
  const counts = useVolunteers(slug).data?.counts;
  return (
    <Section id="register-composition" title={t("compositionTitle")}>
      {!register ? (
        <Paragraph>{t("compositionNeedsRegister")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("compositionIntro")}</Paragraph>
          {form.categories.map((category, index) => (
            <CategoryComposition
              key={`${category.key}-${register.sha256}`}
              slug={slug}
              category={category}
              index={index}
              columns={register.columns}
              form={form}
              volunteers={volunteersByValue(counts, category.name.trim())}
              onChange={onChange}
            />
          ))}
        </>
      )}
    </Section>
  );
}
