// kg/extract/rules: runs the phrase rules over every sentence of a document: compiled once, indexed by the words
// (or title spans) they need, matched over the sentence's tagged tokens and named spans, turned into claims that
// carry the rule's id. Resolves a captured "its"/"their" to the owner the document named last. Knows no rule by
// name: what a rule makes is declared in its data.
import type { Claim } from '../../model/types.js';
import { evidenceOf, stateTitle, titleCase, titleClaim, type DocumentContext } from '../document-context.js';
import { namedAsAdjective, namedAside, type SentenceGrammar } from '../grammar/analyse.js';
import { SPOKESPERSON_ROLES, WEAK_ROLES } from '../lexicon.js';
import type { ClauseTrace } from '../relations/clause-relations.js';
import { Discourse } from '../relations/discourse.js';
import { compilePattern, matchAll, matchAt, mayMatch, typesNamed, type Captures, type Pattern, type PatternInput } from './pattern.js';
import { PHRASE_RULES, type PhraseRule } from './phrase-rules.js';

interface Compiled {
  rule: PhraseRule;
  pattern: Pattern;
  unless?: Pattern;
  unlessAfter?: Pattern;
}

/** What the phrase rules did in one sentence (for `kg explain`): the same record as a clause's. */
export type PhraseTrace = ClauseTrace;

const COMPILED: Compiled[] = PHRASE_RULES.map((rule) => ({
  rule,
  pattern: compilePattern(rule.pattern),
  ...(rule.unless ? { unless: compilePattern(rule.unless) } : {}),
  ...(rule.unlessAfter ? { unlessAfter: compilePattern(rule.unlessAfter) } : {}),
}));

type Match = ReturnType<typeof matchAll>[number];

/** With `chains`, each match tried again from the token before its object ("X in Gosforth", "in Gosforth in Chile"). */
function chained(c: Compiled, matches: Match[], input: PatternInput): Match[] {
  if (!c.rule.chains) return matches;
  const out = [...matches];
  for (let i = 0; i < out.length && out.length < 16; i++) {
    const object = out[i]!.caps[c.rule.object ?? '']?.t0;
    const from = object === undefined ? undefined : object - 1;
    if (from === undefined || from <= out[i]!.start || out.some((m) => m.start === from)) continue;
    const next = matchAt(c.pattern, input, from);
    if (next && next.end > from) out.push({ caps: next.caps, start: from, end: next.end });
  }
  return out;
}

/** Whether `pattern` matches some tokens that end right where a match starts (at most 8 tokens back). */
function endsAt(pattern: Pattern, input: PatternInput, start: number): boolean {
  for (let s = Math.max(0, start - 8); s < start; s++) if (matchAt(pattern, input, s)?.end === start) return true;
  return false;
}
// (rules by position in COMPILED: a sentence marks the positions its words trigger, then takes them in order)
const BY_WORD = new Map<string, number[]>();
const BY_TITLE: number[] = [];
const ALWAYS: number[] = [];
COMPILED.forEach((c, k) => {
  const t = c.pattern.trigger;
  if (!t) ALWAYS.push(k);
  else if (t.titles) BY_TITLE.push(k);
  else for (const w of [...t.words, ...t.lemmas]) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), k]);
});

function mark(on: Uint8Array, list: number[] | undefined): void {
  if (list) for (const k of list) on[k] = 1;
}

/** Which rules a sentence marks (reused from sentence to sentence: cleared before each). */
const ON = new Uint8Array(COMPILED.length);

/** The rules worth trying on a sentence, in declaration order. */
function candidates(g: SentenceGrammar): Compiled[] {
  const on = ON;
  on.fill(0);
  mark(on, ALWAYS);
  if (g.titles.length) mark(on, BY_TITLE);
  const words = new Set<string>();
  const lemmas = new Set<string>();
  for (const t of g.patternInput.tokens) {
    mark(on, BY_WORD.get(t.lower));
    if (t.lemma !== t.lower) mark(on, BY_WORD.get(t.lemma));
    words.add(t.lower);
    lemmas.add(t.lemma);
  }
  const types = typesNamed(g.patternInput);
  const out: Compiled[] = [];
  for (let k = 0; k < COMPILED.length; k++) if (on[k] && mayMatch(COMPILED[k]!.pattern, types, words, lemmas)) out.push(COMPILED[k]!);
  return out;
}

/** Adds the claims the phrase rules find in every sentence; `traces` (when given) receives what fired. */
export function addPhraseClaims(ctx: DocumentContext, grammars: SentenceGrammar[], traces?: Map<number, PhraseTrace[]>): void {
  const discourse = new Discourse();
  ctx.sentences.forEach((s, i) => {
    const g = grammars[i]!;
    for (const r of g.names)
      discourse.add(
        { key: r.key, type: r.type, start: r.start, end: r.end, oblique: namedAside(ctx.text, g, r), adjective: namedAsAdjective(g, r) },
        ctx.text.slice(r.start, r.end),
      );
    const trace: PhraseTrace[] = [];
    for (const c of candidates(g)) {
      for (const m of chained(c, matchAll(c.pattern, g.patternInput), g.patternInput)) {
        if (c.unless && matchAt(c.unless, g.patternInput, m.end)) {
          trace.push({ rule: c.rule.id, outcome: 'vetoed', reason: `followed by "${c.rule.unless}"` });
          continue;
        }
        if (c.unlessAfter && endsAt(c.unlessAfter, g.patternInput, m.start)) {
          trace.push({ rule: c.rule.id, outcome: 'vetoed', reason: `after "${c.rule.unlessAfter}"` });
          continue;
        }
        const excluded = Object.entries(c.rule.notWords ?? {}).find(([name, words]) => {
          const cap = m.caps[name];
          return !!cap && cap.t1 - cap.t0 === 1 && words.includes(g.patternInput.tokens[cap.t0]!.lower);
        });
        if (excluded) {
          trace.push({ rule: c.rule.id, outcome: 'vetoed', reason: `${excluded[0]} is "${g.patternInput.tokens[m.caps[excluded[0]]!.t0]!.lower}"` });
          continue;
        }
        for (const made of claimsOf(ctx, s, g, c.rule, m.caps, discourse)) {
          if ('veto' in made) trace.push({ rule: c.rule.id, outcome: 'vetoed', reason: made.veto });
          else {
            ctx.claims.push(made);
            trace.push({ rule: c.rule.id, outcome: 'fired', subject: made.subject, object: made.object, type: made.type });
          }
        }
      }
    }
    if (traces && trace.length) traces.set(s.index, trace);
  });
}

const POSSESSIVES = new Set(['its', 'their']);

function claimsOf(
  ctx: DocumentContext,
  s: DocumentContext['sentences'][number],
  g: SentenceGrammar,
  rule: PhraseRule,
  caps: Captures,
  discourse: Discourse,
): (Claim | { veto: string })[] {
  const tokens = g.patternInput.tokens;
  const keyOf = (name: string | undefined): string | undefined => {
    if (!name) return undefined;
    const cap = caps[name];
    if (!cap) return undefined;
    if (cap.span?.key) return cap.span.key;
    const word = tokens[cap.t0]?.lower ?? '';
    if (POSSESSIVES.has(word)) return discourse.owner(tokens[cap.t0]!.start)?.key;
    if (word === 'his' || word === 'her') return discourse.person(tokens[cap.t0]!.start);
    // "the government spokesman": the country the document is about
    return discourse.describedBy(word, tokens[cap.t0]!.start)?.key;
  };
  // A person's name the match shows to be an organization's ("X, the Madrid-based market leader")
  for (const name of rule.organizations ?? []) {
    const key = caps[name]?.span?.key;
    const e = key ? ctx.registry.get(key) : undefined;
    if (e && e.type === 'Person' && !e.title) e.type = 'Organization';
  }
  for (const name of rule.persons ?? []) {
    const cap = caps[name];
    const key = cap?.span?.key;
    const e = key ? ctx.registry.get(key) : undefined;
    if (!cap || !e) continue;
    if (e.type === 'Organization' && ctx.tentative.has(key!)) e.type = 'Person';
    // (a name that qualifies a noun is nobody's: "of murdering Phoenix newspaper reporter X")
    const after = tokens[cap.t1];
    if (e.type !== 'Person' && after && (after.pos === 'NOUN' || after.pos === 'PROPN')) return [{ veto: `${name} qualifies a noun` }];
    // (a one-word place name is a person's when the match makes it one: "Lorca was assassinated by X")
    if (e.type === 'Place' && cap.t1 - cap.t0 === 1 && cap.span?.form !== 'region') e.type = 'Person';
  }
  for (const name of rule.places ?? []) {
    const key = caps[name]?.span?.key;
    const e = key ? ctx.registry.get(key) : undefined;
    if (e && e.type === 'Organization' && ctx.tentative.has(key!)) e.type = 'Place';
    // (an organization the document knows stays one, and is no place: "X, 30, of Vantoro")
    if (e && e.type === 'Organization') return [{ veto: `${name} is an organization` }];
  }
  const [aliased, through] = rule.aliasThrough ?? [];
  const named = aliased ? caps[aliased] : undefined;
  const end = through ? caps[through] : undefined;
  if (named?.span?.key && end && end.t1 > named.t1) ctx.registry.addAlias(named.span.key, ctx.text.slice(tokens[named.t0]!.start, tokens[end.t1 - 1]!.end));
  const listed: string[] = [];
  const list = rule.subjectsIn ? caps[rule.subjectsIn] : undefined;
  if (list) for (let t = list.t0; t < list.t1; t++) if (g.patternInput.names[t]?.key) listed.push(g.patternInput.names[t]!.key!);
  const subjects = [...new Set([...listed, keyOf(rule.subject), ...(rule.moreSubjects ?? []).map(keyOf)].filter((k): k is string => !!k))];
  if (!subjects.length) return [];
  let object = keyOf(rule.object);
  // ("their Philippine counterparts, X": a country named among the title's modifiers owns it, not "their")
  const ownerWord = rule.object ? caps[rule.object] : undefined;
  if (ownerWord && !ownerWord.span && caps.mods) {
    for (let t = caps.mods.t0; t < caps.mods.t1; t++) {
      const n = g.patternInput.names[t];
      if (n?.key && n.type === 'Country') object = n.key;
    }
  }
  let type = rule.type;
  let label = rule.label ?? type.replace(/_/g, ' ');
  if (type === 'office') {
    const cap = rule.title ? caps[rule.title] : undefined;
    if (!cap) return [];
    // (a title span may close on the preposition before its owner: "spokesman for")
    const end = /^(?:for|of|to)$/.test(tokens[cap.t1 - 1]!.lower) && cap.t1 - 1 > cap.t0 ? cap.t1 - 1 : cap.t1;
    const head = ctx.text.slice(tokens[cap.t0]!.start, tokens[end - 1]!.end);
    const mods = caps.mods && caps.mods.t1 > caps.mods.t0 && caps.mods.t1 === cap.t0 ? caps.mods : undefined;
    const through = rule.titleThrough ? caps[rule.titleThrough] : undefined;
    const last = through && through.t1 > cap.t1 ? through.t1 : end;
    const title = ctx.text.slice(tokens[mods ? mods.t0 : cap.t0]!.start, tokens[last - 1]!.end);
    const spokes = SPOKESPERSON_ROLES.has(head.toLowerCase());
    if (!spokes && WEAK_ROLES.has(head.toLowerCase()) && !mods && !through && head.toLowerCase() !== 'counterpart')
      return [{ veto: `"${head}" carries no office` }];
    if (!object) {
      // The holder gets the title; its owner is left to the document-level inference
      // ("X, a former finance minister,": a past office, which another may hold now)
      const start = mods ? mods.t0 : cap.t0;
      const former = /^(?:former|then|previously|formerly|ex-)$/.test(tokens[start - 1]?.lower ?? '');
      for (const key of subjects) stateTitle(ctx, key, former ? `former ${title}` : title);
      return [{ veto: `title "${title}" given, owner left to inference` }];
    }
    ({ type, label } = titleClaim(title, spokes, ctx.registry.get(object)));
    for (const key of subjects) {
      const e = ctx.registry.get(key);
      if (e && e.type === 'Person' && !e.title) e.title = titleCase(title);
    }
  }
  if (!object) return [];
  // (a legislator's title said of a party: membership, not office)
  const family = type === 'member_of' && rule.type === 'office' ? 'membership' : rule.family;
  const evidence = evidenceOf(ctx.docId, ctx.text, s);
  const objects = [object, ...(rule.objectList && ownerWord?.span ? listedAfter(g, ownerWord.t1, ownerWord.span.type) : [])];
  const pairs: [string, string][] = subjects.flatMap((subject) => objects.map((o): [string, string] => [subject, o]));
  for (const [sc, oc] of rule.respectively ?? []) {
    const [sk, ok] = [keyOf(sc), keyOf(oc)];
    if (sk && ok) pairs.push([sk, ok]);
  }
  return pairs
    .filter(([subject, obj]) => subject !== obj)
    .map(([subject, obj]) => ({ type, label, family, rule: `phrase:${rule.id}`, subject, object: obj, evidence, confidence: 0.85 }));
}

/** The names of `type` coordinated after token t ("X[t], Y and Z", "X[t] and Y"): their keys, the one after "and" last. */
function listedAfter(g: SentenceGrammar, t: number, type: string | undefined): string[] {
  const { tokens, names } = g.patternInput;
  const out: string[] = [];
  while (t < tokens.length) {
    const sep = tokens[t]!.lower;
    const last = sep === 'and' || (sep === ',' && tokens[t + 1]?.lower === 'and');
    const at = sep === ',' && tokens[t + 1]?.lower === 'and' ? t + 2 : sep === ',' || sep === 'and' ? t + 1 : -1;
    const n = at >= 0 ? names[at] : undefined;
    if (!n?.key || n.type !== type) break;
    out.push(n.key);
    // (a list ends with "and": "the murder of X, Y said" names one victim)
    if (last) return out;
    t = n.t1;
  }
  return [];
}
