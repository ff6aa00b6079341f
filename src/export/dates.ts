// kg/export: relation dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') to full calendar dates for GEXF `timeformat="date"`.
// Pure; does not parse free text (extract resolves dates) and never guesses missing digits.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Returns the first day a partial ISO date covers as YYYY-MM-DD ("2001-05" -> "2001-05-01", "2001" ->
 * "2001-01-01"), or undefined when `date` is not a real calendar date of one of those shapes.
 */
export function toFullDate(date: unknown): string | undefined {
  if (typeof date !== 'string') return undefined;
  const m = PARTIAL_DATE.exec(date.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > daysInMonth) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
