// kg/viewer: ISO relation dates ("YYYY", "YYYY-MM", "YYYY-MM-DD") as month indices for the timeline. Pure; no
// time zones, no Date objects. Does not parse free-text dates.

/** Month index of year/month (month 1-12). */
export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

/** "2019-03" for a month index. */
export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Parses "YYYY-MM" (or "YYYY") back into a month index; undefined when malformed. */
export function parseMonth(text: string | null | undefined): number | undefined {
  const span = dateSpan(text ?? undefined);
  return span?.[0];
}

/**
 * The inclusive month span an ISO date covers: a year covers its twelve months, a month or a day covers one month.
 * Undefined for missing or malformed dates.
 */
export function dateSpan(date: string | undefined): [number, number] | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (!m[2]) return [monthIndex(year, 1), monthIndex(year, 12)];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return [monthIndex(year, month), monthIndex(year, month)];
}

/** Whether a span overlaps the inclusive range [from, to] (open ends when undefined). */
export const spanInRange = (span: [number, number], from?: number, to?: number): boolean =>
  (from === undefined || span[1] >= from) && (to === undefined || span[0] <= to);
