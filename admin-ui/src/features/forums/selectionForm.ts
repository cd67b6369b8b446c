/** The publicly drawn number as typed: a whole number from 0 to 999 (leading zeros allowed, "007"), or null. */
export function parseLotteryNumber(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^[0-9]{1,3}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** A panel's tickets as the public reads them on the draw: "014–018", or "167" for a single ticket. */
export function ticketRange(first: number, last: number): string {
  const ticket = (n: number) => String(n).padStart(3, "0");
  return first === last ? ticket(first) : `${ticket(first)}–${ticket(last)}`;
}
