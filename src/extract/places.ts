// kg/extract: the place gazetteer below countries: first-level regions (states, provinces, oblasts) from the
// country-region-data package and the province names city-timezones gives its cities, cities from city-timezones
// (about 7,300 with their country, region and population), and the news agencies' abbreviations of US states
// and Canadian provinces ("Calif.", "N.Y."), as general knowledge. Names no person, organization or agreement.
// Countries are not places here (see countries.ts). Lookups take surface names; they are folded here.
import { createRequire } from 'node:module';
import { foldName } from '../util/fold.js';

export interface PlaceInfo {
  kind: 'region' | 'city';
  /** The name as the data writes it ("California", "Houston"). */
  name: string;
  /** ISO alpha-2 of the country (the data packages use alpha-2 or both). */
  country: string;
  /** Cities: the region they are in, when the data says. */
  region?: string;
  population?: number;
}

interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
}
interface RegionCountry {
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

/** Abbreviations news agencies write after a US city or a Canadian one ("Petaluma, Calif."), without the final dot. */
const STATE_ABBREVIATIONS: Record<string, [string, string]> = {
  Ala: ['Alabama', 'US'], Ariz: ['Arizona', 'US'], Ark: ['Arkansas', 'US'], Calif: ['California', 'US'], Colo: ['Colorado', 'US'],
  Conn: ['Connecticut', 'US'], Del: ['Delaware', 'US'], Fla: ['Florida', 'US'], Ga: ['Georgia', 'US'], Ill: ['Illinois', 'US'],
  Ind: ['Indiana', 'US'], Kan: ['Kansas', 'US'], Kans: ['Kansas', 'US'], Ky: ['Kentucky', 'US'], La: ['Louisiana', 'US'],
  Md: ['Maryland', 'US'], Mass: ['Massachusetts', 'US'], Mich: ['Michigan', 'US'], Minn: ['Minnesota', 'US'], Miss: ['Mississippi', 'US'],
  Mo: ['Missouri', 'US'], Mont: ['Montana', 'US'], Neb: ['Nebraska', 'US'], Nebr: ['Nebraska', 'US'], Nev: ['Nevada', 'US'],
  'N.H': ['New Hampshire', 'US'], 'N.J': ['New Jersey', 'US'], 'N.M': ['New Mexico', 'US'], 'N.Y': ['New York', 'US'],
  'N.C': ['North Carolina', 'US'], 'N.D': ['North Dakota', 'US'], Okla: ['Oklahoma', 'US'], Ore: ['Oregon', 'US'], Oreg: ['Oregon', 'US'],
  Pa: ['Pennsylvania', 'US'], Penn: ['Pennsylvania', 'US'], 'R.I': ['Rhode Island', 'US'], 'S.C': ['South Carolina', 'US'],
  'S.D': ['South Dakota', 'US'], Tenn: ['Tennessee', 'US'], Tex: ['Texas', 'US'], Vt: ['Vermont', 'US'], Va: ['Virginia', 'US'],
  Wash: ['Washington', 'US'], 'W.Va': ['West Virginia', 'US'], Wis: ['Wisconsin', 'US'], Wisc: ['Wisconsin', 'US'], Wyo: ['Wyoming', 'US'],
  'D.C': ['District of Columbia', 'US'], Ont: ['Ontario', 'CA'], Que: ['Quebec', 'CA'], 'B.C': ['British Columbia', 'CA'],
  Alta: ['Alberta', 'CA'], Man: ['Manitoba', 'CA'], Sask: ['Saskatchewan', 'CA'], 'N.S': ['Nova Scotia', 'CA'],
};

/**
 * Region and city names that are everyday words or parts of names more often than places ("Central", "Capital",
 * "Union", "Independence"): never looked up.
 */
const NOT_PLACES = new Set(
  (
    'central centre center capital north south east west northern southern eastern western coast islands island city ' +
    'district federal district national capital gulf union independence liberty hope orange mobile reading bath nice split ' +
    'male victoria president general mercedes concepcion florida la el san santa of the'
  ).split(' '),
);

/** Countries within a state that the region data lists only by their counties ("England", "Scotland"). */
const CONSTITUENT_COUNTRIES: [string, string][] = [['England', 'GB'], ['Scotland', 'GB'], ['Wales', 'GB'], ['Northern Ireland', 'GB']];

let cache: Map<string, PlaceInfo[]> | undefined;
/** The folded keys, sorted (for `somePlaceStartsWith`). */
let sortedKeys: string[] | undefined;

function load(): Map<string, PlaceInfo[]> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const cities = require('city-timezones/data/cityMap.json') as CityRecord[];
  const regions = require('country-region-data/data.json') as RegionCountry[];
  const byName = new Map<string, PlaceInfo[]>();
  const add = (surface: string, info: PlaceInfo): void => {
    if (!surface || !/^[\p{Script=Latin}\s.'’-]+$/u.test(surface)) return;
    const key = foldName(surface);
    if (key.length < 3 || NOT_PLACES.has(key)) return;
    const list = byName.get(key) ?? [];
    if (list.some((p) => p.kind === info.kind && p.country === info.country && p.name === info.name)) return;
    list.push(info);
    byName.set(key, list);
  };
  // Regions first: "New York" the state is listed before New York the city
  for (const [name, country] of CONSTITUENT_COUNTRIES) add(name, { kind: 'region', name, country });
  for (const c of regions) for (const r of c.regions) add(r.name, { kind: 'region', name: r.name, country: c.countryShortCode });
  for (const c of cities) if (c.province) add(c.province, { kind: 'region', name: c.province, country: c.iso2 });
  for (const c of cities) {
    const info: PlaceInfo = { kind: 'city', name: c.city, country: c.iso2, population: Math.round(c.pop), ...(c.province ? { region: c.province } : {}) };
    add(c.city, info);
    if (c.city_ascii !== c.city) add(c.city_ascii, info);
  }
  cache = byName;
  return cache;
}

/**
 * Whether some place's folded key starts with `folded`. Folding works character by character, so the fold of a
 * span of tokens starts with the fold of its first token: when this is false for that token, no span starting
 * there is a place.
 */
export function somePlaceStartsWith(folded: string): boolean {
  sortedKeys ??= [...load().keys()].sort();
  let lo = 0;
  let hi = sortedKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedKeys[mid]! < folded) lo = mid + 1;
    else hi = mid;
  }
  return lo < sortedKeys.length && sortedKeys[lo]!.startsWith(folded);
}

/** Places this surface name may be (regions before cities); empty when none. */
export function lookupPlace(surface: string): PlaceInfo[] {
  const hit = load().get(foldName(surface));
  if (hit) return hit;
  // ("New York City", "Panama City": a city written with "City" after a name that is both a region and a city)
  const bare = /^(.+) City$/.exec(surface)?.[1];
  const named = bare ? load().get(foldName(bare)) : undefined;
  if (named?.some((p) => p.kind === 'city')) return named.filter((p) => p.kind === 'city').map((p) => ({ ...p, name: surface }));
  return [];
}

/** "Calif", "N.Y." (with or without the final dot): the region an agency abbreviation stands for. */
export function stateAbbreviation(surface: string): PlaceInfo | undefined {
  const hit = STATE_ABBREVIATIONS[surface.replace(/\.$/, '')];
  return hit ? { kind: 'region', name: hit[0], country: hit[1] } : undefined;
}
