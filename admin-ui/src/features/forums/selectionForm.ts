/** The publicly drawn number as typed: a whole number from 0 to 999 (leading zeros allowed, "007"), or null. */
export function parseLotteryNumber(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^[0-9]{1,3}$/.test(trimmed)) return null;
  return Number(trimmed);
}
