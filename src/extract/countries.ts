// kg/extract: the country gazetteer, built from the world-countries data package: common, official and
// alternative names, demonyms (adjective and plural) and capitals (used as metonyms for the government),
// plus a handful of everyday short forms the package lacks ("America", "Britain"). Names no person,
// organization or agreement. Lookups take folded names (see util/fold).
import { createRequire } from 'node:module';
import { foldName } from '../util/fold.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  independent: boolean | null;
  unMember: boolean;
  demonyms?: { eng?: { m?: string; f?: string } };
}

export interface CountryInfo {
  code: string;
  name: string;
  official: string;
  /** "Chinese", "Kenyan" (the package's masculine English demonym), when it has one. */
  demonym?: string;
}

export type CountryForm = 'name' | 'demonym' | 'capital';

export interface CountryHit {
  country: CountryInfo;
  form: CountryForm;
}

/** Everyday short forms that are general knowledge but missing from the data package. ISO alpha-3 -> forms. */
const EXTRA_FORMS: Record<string, string[]> = {
  USA: ['America', 'United States', 'U.S.', 'U.S.A.', 'US', 'USA'],
  GBR: ['Britain', 'Great Britain', 'U.K.', 'UK'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  COD: ['DRC', 'DR Congo'],
  NLD: ['Holland'],
  CZE: ['Czech Republic'],
  TUR: ['Turkey'],
  MMR: ['Burma'],
  CIV: ["Cote d'Ivoire", 'Ivory Coast'],
  // (short forms news uses alone: "Burkina", "Bosnia")
  BFA: ['Burkina'],
  BIH: ['Bosnia'],
};

/** Demonyms in everyday news use that the data package spells otherwise ("Kirghiz", "Tadzhik"). ISO alpha-3 -> forms. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  KAZ: ['Kazakh'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  UZB: ['Uzbek'],
  GBR: ['British'],
  NLD: ['Dutch'],
  PHL: ['Philippine'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
};

/** Capitals' other spellings in everyday news use, missing from the data package. ISO alpha-3 -> forms. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  MNG: ['Ulaanbaatar', 'Ulan Bator'],
  UKR: ['Kiev'],
  KAZ: ['Nur-Sultan'],
  MMR: ['Naypyitaw', 'Nay Pyi Taw'],
};

/**
 * States that no longer exist, which news archives name (general knowledge the data package leaves out): ISO 3166-3
 * style codes, names, official names, demonyms and other forms.
 */
/** Native spellings in the data that are English words or surnames ("Fire Island", "Thomas Mann"): no country's name here. */
const NOT_COUNTRY_SPELLINGS = new Set(['Island', 'Mann', 'Prathet']);

const FORMER_COUNTRIES: { code: string; name: string; official: string; demonym: string; forms: string[] }[] = [
  { code: 'SUN', name: 'Soviet Union', official: 'Union of Soviet Socialist Republics', demonym: 'Soviet', forms: ['USSR', 'U.S.S.R.'] },
  { code: 'YUG', name: 'Yugoslavia', official: 'Socialist Federal Republic of Yugoslavia', demonym: 'Yugoslav', forms: [] },
  { code: 'CSK', name: 'Czechoslovakia', official: 'Czechoslovak Socialist Republic', demonym: 'Czechoslovak', forms: [] },
  { code: 'DDR', name: 'East Germany', official: 'German Democratic Republic', demonym: 'East German', forms: [] },
  { code: 'BRD', name: 'West Germany', official: 'Federal Republic of Germany (1949-1990)', demonym: 'West German', forms: [] },
];

/** Short codes are only trusted when written like this (all caps, or dotted). */
const isTrustedShortForm = (s: string): boolean => /^(?:\p{Lu}\.){2,}$/u.test(s) || /^(US|USA|UK|UAE|DRC)$/.test(s);

let cache: { names: Map<string, CountryHit>; byCode: Map<string, CountryInfo>; byAlpha2: Map<string, CountryInfo>; prefixes: Set<string> } | undefined;

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const data = require('world-countries') as WorldCountry[];
  // Sovereign UN members first, so "American" means the United States, not a territory.
  const ordered = [...data].sort(
    (a, b) => Number(b.unMember) - Number(a.unMember) || Number(!!b.independent) - Number(!!a.independent) || (a.cca3 < b.cca3 ? -1 : 1),
  );
  const names = new Map<string, CountryHit>();
  const byCode = new Map<string, CountryInfo>();
  const byAlpha2 = new Map<string, CountryInfo>();
  const add = (form: string, country: CountryInfo, kind: CountryForm): void => {
    if (!form || !/^[\p{Script=Latin}\s.'’,()-]+$/u.test(form)) return;
    if (/^\p{Lu}{2,3}$/u.test(form) && !isTrustedShortForm(form)) return;
    if (form.includes(',')) return; // "Venezuela, Bolivarian Republic of"
    const key = foldName(form);
    if (!key || names.has(key)) return;
    names.set(key, { country, form: kind });
  };
  for (const c of ordered) {
    const info: CountryInfo = { code: c.cca3, name: c.name.common, official: c.name.official, ...(c.demonyms?.eng?.m ? { demonym: c.demonyms.eng.m } : {}) };
    byCode.set(c.cca3, info);
    byAlpha2.set(c.cca2, info);
  }
  for (const f of FORMER_COUNTRIES) byCode.set(f.code, { code: f.code, name: f.name, official: f.official, demonym: f.demonym });
  // Names first (all countries), then demonyms, then capitals: a name always wins over a capital.
  for (const c of ordered) {
    const info = byCode.get(c.cca3)!;
    add(c.name.common, info, 'name');
    add(c.name.official, info, 'name');
    for (const alt of c.altSpellings) if (!NOT_COUNTRY_SPELLINGS.has(alt)) add(alt, info, 'name');
    for (const extra of EXTRA_FORMS[c.cca3] ?? []) add(extra, info, 'name');
  }
  for (const f of FORMER_COUNTRIES) for (const form of [f.name, ...f.forms]) add(form, byCode.get(f.code)!, 'name');
  for (const f of FORMER_COUNTRIES) add(f.demonym, byCode.get(f.code)!, 'demonym');
  for (const c of ordered) {
    const info = byCode.get(c.cca3)!;
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca3] ?? [])]) {
      if (!d) continue;
      add(d, info, 'demonym');
      add(d.endsWith('s') ? d : `${d}s`, info, 'demonym');
    }
  }
  for (const c of ordered) {
    const info = byCode.get(c.cca3)!;
    for (const cap of [...c.capital, ...(EXTRA_CAPITALS[c.cca3] ?? [])]) add(cap.replace(/\s+D\.?C\.?$/, ''), info, 'capital');
  }
  // Every prefix of every key, the empty one included (a few tens of thousands of strings): one lookup per question
  const prefixes = new Set<string>();
  for (const key of names.keys()) for (let n = 0; n <= key.length; n++) prefixes.add(key.slice(0, n));
  cache = { names, byCode, byAlpha2, prefixes };
  return cache;
}

/**
 * Looks up a surface form ("Russian Federation", "Venezuelan", "Moscow", "U.S."); `folded` is its foldName when the
 * caller has it already. (Two or three capitals are at most six UTF-16 units: longer forms skip the pattern.)
 */
export function lookupCountry(surface: string, folded?: string): CountryHit | undefined {
  if (surface.length <= 6 && /^\p{Lu}{2,3}$/u.test(surface) && !isTrustedShortForm(surface)) return undefined;
  return load().names.get(folded ?? foldName(surface));
}

/**
 * Whether some country form's folded key starts with `folded`. Folding works character by character, so a
 * span's fold starts with the fold of any of its prefixes: when this is false no longer span can match.
 */
export function someCountryStartsWith(folded: string): boolean {
  return load().prefixes.has(folded);
}

let officialHeads: Map<string, string[]> | undefined;

/**
 * Countries whose official name is "<folded> of ..." ("islamic republic" -> Iran, Mauritania, Pakistan...): the
 * short form "the Islamic Republic" articles use once the country is named. Only heads of two words or more.
 */
export function countriesByOfficialHead(folded: string): string[] {
  if (!officialHeads) {
    officialHeads = new Map();
    for (const c of load().byCode.values()) {
      const m = /^(.+?) of (?:the )?.+$/.exec(foldName(c.official));
      if (!m || !m[1]!.includes(' ')) continue;
      const list = officialHeads.get(m[1]!) ?? [];
      list.push(c.code);
      officialHeads.set(m[1]!, list);
    }
  }
  return officialHeads.get(folded) ?? [];
}

/** The country with this ISO alpha-3 code. */
export function countryByCode(code: string): CountryInfo | undefined {
  return load().byCode.get(code);
}

/** The country with this ISO alpha-2 code (the place gazetteer's). */
export function countryByAlpha2(code: string): CountryInfo | undefined {
  return load().byAlpha2.get(code);
}

/** Longest number of words in any country form (bounds the lookup window). */
export const MAX_COUNTRY_WORDS = 8;
