// For the catalogues' tests: Dutch and English of every entry must take the same values, and an
// entry that has plural forms in one language has them in the other.
import type { Catalogue, Wording } from "./text";

function placeholders(wording: Wording): string[] {
  const forms = typeof wording === "string" ? [wording] : Object.values(wording);
  return [...new Set(forms.flatMap((form) => [...(form ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
}

/** The entries whose languages differ in shape or values, with what differs; empty when all agree. */
export function inconsistentEntries(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(catalogue)) {
    if ((typeof entry.nl === "string") !== (typeof entry.en === "string")) problems.push(`${key}: plural in one language only`);
    const nl = placeholders(entry.nl).join(",");
    const en = placeholders(entry.en).join(",");
    if (nl !== en) problems.push(`${key}: {${nl}} in Dutch, {${en}} in English`);
  }
  return problems;
}
