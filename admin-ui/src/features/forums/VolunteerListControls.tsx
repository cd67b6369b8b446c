import { Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { SelectField, TextField } from "../../components/FormFields";
import { useLanguage } from "../../lib/appContext";
import { formatCount } from "../../lib/format";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import type { VolunteerFilter } from "./volunteerList";

/** The search and the state filter above the volunteers' list. */
export function VolunteerSearch({
  search,
  filter,
  panelDrawn,
  onSearch,
  onFilter,
}: {
  search: string;
  filter: VolunteerFilter;
  panelDrawn: boolean;
  onSearch: (search: string) => void;
  onFilter: (filter: VolunteerFilter) => void;
}) {
  const t = useText(forumTexts);
  const filters: VolunteerFilter[] = panelDrawn ? ["all", "active", "withdrawn", "panel"] : ["all", "active", "withdrawn"];
  return (
    <div className="mienskip-list-controls">
      <TextField id="volunteer-search" label={t("volunteerSearch")} description={t("volunteerSearchHelp")} value={search} onChange={onSearch} type="search" />
      <SelectField
        id="volunteer-filter"
        label={t("volunteerFilter")}
        value={filter}
        onChange={(value) => onFilter(value as VolunteerFilter)}
        options={filters.map((f) => ({ value: f, label: t(`volunteerFilter_${f}`) }))}
      />
    </div>
  );
}

/** Which rows are shown of how many found, and the way to the pages before and after. */
export function VolunteerPager({
  first,
  last,
  found,
  page,
  pages,
  onPage,
}: {
  first: number;
  last: number;
  found: number;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const t = useText(forumTexts);
  const language = useLanguage();
  return (
    <nav className="mienskip-pager" aria-label={t("volunteerPages")}>
      <Paragraph aria-live="polite">
        {found === 0
          ? t("volunteersNoneFound")
          : t("volunteersShown", { first: formatCount(first, language), last: formatCount(last, language), count: found })}
      </Paragraph>
      {pages > 1 && (
        <div className="mienskip-actions">
          <SecondaryActionButton type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {t("previousPage")}
          </SecondaryActionButton>
          <SecondaryActionButton type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            {t("nextPage")}
          </SecondaryActionButton>
        </div>
      )}
    </nav>
  );
}
