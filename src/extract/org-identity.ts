// kg/extract: the identity of an organization's name, for telling when two names are one body: country names and
// demonyms inside it become the country's code ("US Department of Fisheries" = "United States Department of Fisheries"),
// and a ministry or department "of X" is the "X ministry" ("Ministry of Foreign Affairs" = "Foreign Ministry",
// "affairs" dropped). Works on folded names; knows no particular organization.
import { foldName } from '../util/fold.js';
import { lookupCountry, MAX_COUNTRY_WORDS, someCountryStartsWith } from './countries.js';

const BODY_HEADS = new Set(['ministry', 'department', 'office', 'secretariat', 'directorate']);
const DROPPED = new Set(['the', 'affairs', 'of', 'republic']);

/** Folded name with countries as codes, in a fixed order: "<codes> <field words> <head>". */
export function orgIdentity(name: string): string {
  const words = foldName(name).split(' ').filter(Boolean);
  const codes: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let hit: { end: number; code: string } | undefined;
    for (let j = i + 1; j <= Math.min(words.length, i + MAX_COUNTRY_WORDS); j++) {
      const span = words.slice(i, j).join(' ');
      if (!someCountryStartsWith(span)) break;
      // (two-letter forms only as written in capitals: "US", "UK"; folded text has lost that, so only "us" and "uk")
      if (span.length <= 3 && !/^(?:us|uk|usa|uae|eu)$/.test(span)) continue;
      const found = lookupCountry(span);
      if (found && found.form !== 'capital') hit = { end: j, code: found.country.code.toLowerCase() };
    }
    if (hit) {
      if (!codes.includes(hit.code)) codes.push(hit.code);
      i = hit.end - 1;
      continue;
    }
    rest.push(words[i]!);
  }
  // "ministry of foreign affairs" -> "foreign ministry"
  const headAt = rest.findIndex((w) => BODY_HEADS.has(w));
  let core = rest;
  if (headAt === 0 && rest[1] === 'of') core = [...rest.slice(2).filter((w) => !DROPPED.has(w)), rest[0]!];
  else core = rest.filter((w) => !DROPPED.has(w) || w === 'of');
  return [...codes.sort(), ...core].join(' ');
}
