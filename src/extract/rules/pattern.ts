// kg/extract/rules: a small token-pattern language, compiled once, matched over a tagged sentence with its named
// spans. Elements, separated by spaces:
//   word | a|b          a token's lower-case text ("'s" and "," are words too)
//   <lemma> <a|b>       a token's lemma
//   #NOUN #ADJ|NUM      a part-of-speech tag
//   @Person @Country|Organization @Actor @Owner @Any   a named entity (the whole span); Actor = Person|Country|
//                       Organization, Owner = Country|Organization; @Country.demonym only a demonym ("Indian"),
//                       @Place.!region any form but that one
//   ^ $                 the start, the end of the sentence
//   %title %office %spokes   a title span (any title, an office that carries power, a spokesperson's role)
//   _                   any one token
//   ( ... )             a group
// followed by ? (optional), * (up to 4), + (1 to 4) or {m,n}, and captured with name:element ("holder:@Person");
// \( and \) are literal brackets, \_ a literal underscore.
// Matching is anchored at a start token, greedy, with backtracking. Knows nothing of any particular rule.
import type { EntityType } from '../../model/types.js';
import type { Token } from '../tokens.js';

/** A named span the patterns can match: an entity with its key, or a title. */
export interface PatternSpan {
  t0: number;
  t1: number;
  key?: string;
  type?: EntityType;
  /** Countries: how they were written. */
  form?: string;
  /** Titles: the title text and its classes. */
  title?: string;
  office?: boolean;
  spokes?: boolean;
}

/** What a pattern runs over. */
export interface PatternInput {
  tokens: Token[];
  /** Entity spans by start token. */
  names: (PatternSpan | undefined)[];
  /** Title spans by start token. */
  titles: (PatternSpan | undefined)[];
}

/** A capture: the token range matched, and the span when the element was an entity or a title. */
export interface Capture {
  t0: number;
  t1: number;
  span?: PatternSpan;
}

export type Captures = Record<string, Capture>;

type Atom =
  | { kind: 'word'; words: Set<string> }
  | { kind: 'lemma'; lemmas: Set<string> }
  | { kind: 'pos'; tags: Set<string> }
  | { kind: 'entity'; types: Set<EntityType> | 'any'; form?: string }
  | { kind: 'title'; cls: 'title' | 'office' | 'spokes' }
  | { kind: 'any' }
  | { kind: 'end' }
  | { kind: 'start' }
  | { kind: 'alt'; options: Exclude<Atom, { kind: 'group' } | { kind: 'alt' }>[] }
  | { kind: 'group'; seq: Element[] };

interface Element {
  atom: Atom;
  min: number;
  max: number;
  name?: string;
}

/** A compiled pattern. */
export interface Pattern {
  source: string;
  seq: Element[];
  /** Words or lemmas one of which the sentence must contain (for indexing), or undefined when none is required. */
  trigger?: { words: string[]; lemmas: string[]; titles: boolean };
  /** Entity types the pattern cannot match without: one set per required entity element. */
  needs?: Set<EntityType>[];
  /** Atoms one of which any match's first token matches (undefined when the pattern's start cannot be told so). */
  starts?: StartAtom[];
  /** Word and lemma sets the sentence must each hold one of: the pattern's required top-level word and lemma elements. */
  words?: { words?: Set<string>; lemmas?: Set<string> }[];
}

type StartAtom = Exclude<Atom, { kind: 'group' } | { kind: 'start' } | { kind: 'end' }>;

/** Errors in a pattern's source: thrown at compile time with the offending text. */
export class PatternSyntaxError extends Error {
  constructor(source: string, reason: string) {
    super(`kg/extract/rules: bad pattern "${source}": ${reason}`);
    this.name = 'PatternSyntaxError';
  }
}

const TYPE_ALIASES: Record<string, EntityType[]> = {
  Actor: ['Person', 'Country', 'Organization'],
  Owner: ['Country', 'Organization'],
  Party: ['Country', 'Organization', 'Person'],
  Place: ['Place'],
  Location: ['Place', 'Country'],
};
const ENTITY_TYPES = new Set<string>(['Person', 'Country', 'Organization', 'Agreement', 'Event', 'Place', 'Other']);
const MAX_STAR = 4;

/** Splits a pattern source into top-level tokens, keeping parenthesized groups together. */
function lex(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    let j = i;
    let depth = 0;
    while (j < source.length && (depth > 0 || source[j] !== ' ')) {
      const escaped = source[j - 1] === '\\';
      if (!escaped && source[j] === '(' && (j === i || source[j - 1] === ':' || depth > 0)) depth++;
      else if (!escaped && source[j] === ')' && depth > 0) depth--;
      j++;
    }
    out.push(source.slice(i, j));
    i = j;
  }
  return out;
}

function parseElement(source: string, text: string): Element {
  let rest = text;
  let name: string | undefined;
  const named = /^([a-z][a-zA-Z0-9]*):(.+)$/.exec(rest);
  if (named) {
    name = named[1];
    rest = named[2]!;
  }
  let min = 1;
  let max = 1;
  const quant = /(\?|\*|\+|\{(\d+),(\d+)\})$/.exec(rest);
  if (quant && rest.length > quant[0].length) {
    rest = rest.slice(0, -quant[0].length);
    if (quant[1] === '?') [min, max] = [0, 1];
    else if (quant[1] === '*') [min, max] = [0, MAX_STAR];
    else if (quant[1] === '+') [min, max] = [1, MAX_STAR];
    else [min, max] = [Number(quant[2]), Number(quant[3])];
  }
  let atom: Atom;
  const options = rest.startsWith('(') || rest.startsWith('@') || rest.startsWith('<') ? [rest] : rest.split('|');
  // ("(,|said|$)", "(^|#ADP)": an anchor among words is an alternative of its own)
  const classOf = (o: string): string => (o.startsWith('#') ? '#' : o.startsWith('%') ? '%' : o === '$' || o === '^' ? o : 'w');
  const mixed = options.length > 1 && new Set(options.map(classOf)).size > 1;
  if (mixed) {
    atom = { kind: 'alt', options: options.map((o) => parseElement(source, o).atom as Exclude<Atom, { kind: 'group' } | { kind: 'alt' }>) };
  } else if (rest.startsWith('\\')) {
    // "\(" and "\)": a literal bracket
    atom = { kind: 'word', words: new Set(rest.slice(1).split('|')) };
  } else if (rest.startsWith('(') && rest.endsWith(')')) {
    atom = { kind: 'group', seq: parseSequence(source, rest.slice(1, -1)) };
  } else if (rest.startsWith('@')) {
    const [typesText, form] = rest.slice(1).split('.');
    // (a form names one form of the last type: "@Organization|Place.!region", never "@Place.!region|Organization")
    if (form?.includes('|')) throw new PatternSyntaxError(source, `a form is written after the types, not before "${form}"`);
    if (typesText === 'Any') atom = { kind: 'entity', types: 'any', ...(form ? { form } : {}) };
    else {
      const types = new Set<EntityType>();
      for (const t of typesText!.split('|').map((x) => x.replace(/^@/, ''))) {
        if (TYPE_ALIASES[t]) for (const x of TYPE_ALIASES[t]!) types.add(x);
        else if (ENTITY_TYPES.has(t)) types.add(t as EntityType);
        else throw new PatternSyntaxError(source, `unknown entity type "${t}"`);
      }
      atom = { kind: 'entity', types, ...(form ? { form } : {}) };
    }
  } else if (rest.startsWith('%')) {
    const cls = rest.slice(1);
    if (cls !== 'title' && cls !== 'office' && cls !== 'spokes') throw new PatternSyntaxError(source, `unknown title class "${cls}"`);
    atom = { kind: 'title', cls };
  } else if (rest.startsWith('<') && rest.endsWith('>')) {
    atom = { kind: 'lemma', lemmas: new Set(rest.slice(1, -1).split('|')) };
  } else if (rest.startsWith('#') && rest.length > 1) {
    atom = { kind: 'pos', tags: new Set(rest.split('|').map((x) => x.replace(/^#/, ''))) };
  } else if (rest === '_') {
    atom = { kind: 'any' };
  } else if (rest === '$') {
    atom = { kind: 'end' };
  } else if (rest === '^') {
    atom = { kind: 'start' };
  } else if (rest.length) {
    // (an escaped bracket or stop among the words, "(,|\\.|\\))", is that literal)
    atom = { kind: 'word', words: new Set(rest.split('|').map((w) => w.replace(/^\\/, ''))) };
  } else throw new PatternSyntaxError(source, `empty element in "${text}"`);
  return { atom, min, max, ...(name ? { name } : {}) };
}

function parseSequence(source: string, text: string): Element[] {
  const parts = lex(text);
  if (!parts.length) throw new PatternSyntaxError(source, 'empty sequence');
  return parts.map((p) => parseElement(source, p));
}

/** The required anchor of a sequence: the first element with min >= 1 that is a word, lemma or title. */
function triggerOf(seq: Element[]): Pattern['trigger'] {
  for (const e of seq) {
    if (e.min < 1) continue;
    if (e.atom.kind === 'word') return { words: [...e.atom.words], lemmas: [], titles: false };
    if (e.atom.kind === 'alt') continue;
    if (e.atom.kind === 'lemma') return { words: [], lemmas: [...e.atom.lemmas], titles: false };
    if (e.atom.kind === 'title') return { words: [], lemmas: [], titles: true };
    if (e.atom.kind === 'group') {
      const inner = triggerOf(e.atom.seq);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Whether a sequence can match no token at all (a group of optional elements, an anchor). */
function nullable(seq: Element[]): boolean {
  return seq.every((e) => e.min === 0 || e.atom.kind === 'start' || e.atom.kind === 'end' || (e.atom.kind === 'group' && nullable(e.atom.seq)));
}

/**
 * The atoms one of which must match the first token of any match of seq[e..], or undefined when that cannot be
 * said (an anchor, a group that may match nothing, or a sequence whose elements are all optional). Every atom
 * consumes at least one token, so an optional element adds its own atoms to those of what follows it.
 */
function startAtoms(seq: Element[], e: number): StartAtom[] | undefined {
  const el = seq[e];
  if (!el || el.atom.kind === 'start' || el.atom.kind === 'end') return undefined;
  let own: StartAtom[] | undefined;
  if (el.atom.kind === 'group') own = nullable(el.atom.seq) ? undefined : startAtoms(el.atom.seq, 0);
  else own = [el.atom];
  if (!own) return undefined;
  if (el.min >= 1) return own;
  const rest = startAtoms(seq, e + 1);
  return rest ? [...own, ...rest] : undefined;
}

/** Compiles a pattern source (throws PatternSyntaxError). */
export function compilePattern(source: string): Pattern {
  const seq = parseSequence(source, source.trim());
  const trigger = triggerOf(seq);
  const needs = seq.filter((e) => e.min >= 1 && e.atom.kind === 'entity' && e.atom.types !== 'any').map((e) => (e.atom as { types: Set<EntityType> }).types);
  const starts = startAtoms(seq, 0);
  const words = seq.flatMap((e): NonNullable<Pattern['words']> =>
    e.min < 1 ? [] : e.atom.kind === 'word' ? [{ words: e.atom.words }] : e.atom.kind === 'lemma' ? [{ lemmas: e.atom.lemmas }] : [],
  );
  return {
    source, seq, ...(trigger ? { trigger } : {}), ...(needs.length ? { needs } : {}), ...(starts ? { starts } : {}), ...(words.length ? { words } : {}),
  };
}

/** The entity types a sentence names (what `mayMatch` checks patterns against). */
export function typesNamed(input: PatternInput): Set<EntityType> {
  const types = new Set<EntityType>();
  for (const n of input.names) if (n?.type) types.add(n.type);
  return types;
}

/** Whether two sets share a member (iterating the smaller). */
function someIn<T>(xs: Set<T>, set: Set<T>): boolean {
  if (xs.size > set.size) {
    for (const x of set) if (xs.has(x)) return true;
    return false;
  }
  for (const x of xs) if (set.has(x)) return true;
  return false;
}

/**
 * Whether a sentence naming entities of `named` types, with these lower-case words and lemmas, has one of each type
 * set and each word set the pattern requires (else it cannot match).
 */
export function mayMatch(pattern: Pattern, named: Set<EntityType>, words?: Set<string>, lemmas?: Set<string>): boolean {
  if (pattern.needs) for (const types of pattern.needs) if (!someIn(types, named)) return false;
  if (pattern.words && words && lemmas) {
    for (const w of pattern.words) if (!(w.words ? someIn(w.words, words) : someIn(w.lemmas!, lemmas))) return false;
  }
  return true;
}

/** Continuation: called with where a match got to and its captures; true stops the search. */
type Next = (end: number, caps: Captures) => boolean;

/** Matches one non-group atom at token i; returns the end token, or -1. Records nothing: see `matchOnce` for captures. */
function matchAtom(atom: Exclude<Atom, { kind: 'group' }>, input: PatternInput, i: number): number {
  const t = input.tokens[i];
  switch (atom.kind) {
    case 'alt': {
      for (const o of atom.options) {
        const end = matchAtom(o, input, i);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'word':
      return t && atom.words.has(t.lower) ? i + 1 : -1;
    case 'lemma':
      return t && atom.lemmas.has(t.lemma) ? i + 1 : -1;
    case 'pos':
      return t && atom.tags.has(t.pos) ? i + 1 : -1;
    case 'any':
      return t ? i + 1 : -1;
    // (an anchor among alternatives matches no token: "(,|\\.|$)")
    case 'end':
      return i >= input.tokens.length ? i : -1;
    case 'start':
      return i === 0 ? i : -1;
    case 'entity': {
      const span = input.names[i];
      if (!span || !span.type) return -1;
      if (atom.types !== 'any' && !atom.types.has(span.type)) return -1;
      if (atom.form && (atom.form.startsWith('!') ? span.form === atom.form.slice(1) : span.form !== atom.form)) return -1;
      // ("Harwick Corp., the Ohio-based maker": a name's abbreviation keeps its full stop)
      const stop = input.tokens[span.t1];
      const last = input.tokens[span.t1 - 1];
      if (stop?.text === '.' && last && stop.start === last.end && ABBREVIATED_ENDS.has(last.lower) && input.tokens[span.t1 + 1]) return span.t1 + 1;
      return span.t1;
    }
    case 'title': {
      const span = input.titles[i];
      if (!span) return -1;
      if (atom.cls === 'office' && !span.office) return -1;
      if (atom.cls === 'spokes' && !span.spokes) return -1;
      return span.t1;
    }
  }
}

/** Abbreviations that may end a name with their full stop ("Corp.", "Inc.", "Jr."). */
const ABBREVIATED_ENDS = new Set(['corp', 'inc', 'ltd', 'co', 'bros', 'jr', 'sr', 'plc', 'llc']);

/** One repetition of a group or an anchor at token i, every way it can match, longest first for groups. */
function matchOnce(el: Element, input: PatternInput, i: number, caps: Captures, next: Next): boolean {
  if (el.atom.kind === 'group') {
    return matchSeq(el.atom.seq, 0, input, i, caps, (end, c) => {
      // (an empty match repeats forever; only a group that is not repeated may match nothing)
      if (end === i && el.max > 1) return false;
      const withName = el.name ? { ...c, [el.name]: c[el.name] && c[el.name]!.t0 < i ? { t0: c[el.name]!.t0, t1: end } : { t0: i, t1: end } } : c;
      return next(end, withName);
    });
  }
  if (el.atom.kind === 'end') return i >= input.tokens.length && next(i, caps);
  if (el.atom.kind === 'start') return i === 0 && next(i, caps);
  return false;
}

/** The captures after a named atom matched tokens [i, end): a copy of `caps` with its capture. */
function withCapture(el: Element & { name: string }, input: PatternInput, i: number, end: number, caps: Captures): Captures {
  const trial: Captures = { ...caps };
  if (el.atom.kind === 'entity' || el.atom.kind === 'title') {
    // the span that matched: an entity or title atom captures it whole
    const span = (el.atom.kind === 'entity' ? input.names[i] : input.titles[i])!;
    trial[el.name] = { t0: span.t0, t1: span.t1, span };
  } else {
    const prior = caps[el.name];
    trial[el.name] = prior && prior.t1 === i ? { t0: prior.t0, t1: end } : { t0: i, t1: end };
  }
  return trial;
}

/** Element el repeated from `count` (already matched) up to its max, greedy, then the rest of the sequence. */
function matchRepeat(seq: Element[], e: number, input: PatternInput, i: number, caps: Captures, count: number, next: Next): boolean {
  const el = seq[e]!;
  // greedy: one more repetition first, then stop here
  if (count < el.max) {
    const atom = el.atom;
    if (atom.kind !== 'group' && atom.kind !== 'end' && atom.kind !== 'start') {
      // (an atom matches one way and always moves on: the repetition goes on directly, with no continuation to
      // allocate; an unnamed atom records nothing, a named one copies the captures only once it matched)
      const end = matchAtom(atom, input, i);
      if (end >= 0 && end !== i) {
        const c = el.name ? withCapture(el as Element & { name: string }, input, i, end, caps) : caps;
        if (matchRepeat(seq, e, input, end, c, count + 1, next)) return true;
      } else if (end === i && matchSeq(seq, e + 1, input, i, caps, next)) return true; // (an anchor among alternatives)
    } else if (
      matchOnce(el, input, i, caps, (end, c) => (end === i ? matchSeq(seq, e + 1, input, end, c, next) : matchRepeat(seq, e, input, end, c, count + 1, next)))
    ) {
      return true;
    }
  }
  return count >= el.min && matchSeq(seq, e + 1, input, i, caps, next);
}

/** Matches elements seq[e..] from token i; calls `next` with each way the whole sequence can end. */
function matchSeq(seq: Element[], e: number, input: PatternInput, i: number, caps: Captures, next: Next): boolean {
  if (e === seq.length) return next(i, caps);
  return matchRepeat(seq, e, input, i, caps, 0, next);
}

/** Matches `pattern` starting exactly at token `start`; returns the captures and the end token, or undefined. */
export function matchAt(pattern: Pattern, input: PatternInput, start: number): { caps: Captures; end: number } | undefined {
  let found: { caps: Captures; end: number } | undefined;
  matchSeq(pattern.seq, 0, input, start, {}, (end, caps) => {
    found = { caps, end };
    return true;
  });
  return found;
}

function startsAt(atoms: StartAtom[], input: PatternInput, i: number): boolean {
  for (const a of atoms) if (matchAtom(a, input, i) >= 0) return true;
  return false;
}

/** Every non-overlapping match of `pattern` in the sentence, left to right. */
export function matchAll(pattern: Pattern, input: PatternInput): { caps: Captures; start: number; end: number }[] {
  const out: { caps: Captures; start: number; end: number }[] = [];
  // (the atoms a match must start with rule most start tokens out before any search: "@Person , ..." starts only
  // at a person, "(#NUM)? title:%office ..." only at a number or an office)
  const starts = pattern.starts;
  for (let i = 0; i < input.tokens.length; i++) {
    if (starts && !startsAt(starts, input, i)) continue;
    const m = matchAt(pattern, input, i);
    if (!m || m.end === i) continue;
    out.push({ caps: m.caps, start: i, end: m.end });
    i = m.end - 1;
  }
  return out;
}
