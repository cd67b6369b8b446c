// The panel against the quotas: per quota value, how many of those now seated (members, and
// alternates who took a dropout's seat) gave it, against its minimum and maximum.
import type { PanelMember, QuotaCategory } from "./api/types";

export interface PanelQuotaRow {
  category: string;
  value: string;
  min: number;
  max: number;
  seated: number;
  /** Whether the seated count lies within the quota. */
  within: boolean;
}

export function panelAgainstQuotas(categories: QuotaCategory[], members: PanelMember[]): PanelQuotaRow[] {
  const seated = members.filter((m) => m.status !== "dropout");
  return categories.flatMap((category) =>
    category.values.map((quota) => {
      const count = seated.filter((m) => m.answers[category.name] === quota.value).length;
      return { category: category.name, value: quota.value, min: quota.min, max: quota.max, seated: count, within: count >= quota.min && count <= quota.max };
    }),
  );
}
