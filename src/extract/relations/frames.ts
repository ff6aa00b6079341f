// kg/extract/relations: the verb lexicon compiled for lookup: every frame phrase indexed once, exact phrases and
// "verb * preposition" phrases (any object noun) apart, and the words of a relation phrase turned into a type and a
// label ("imposes sanctions on" -> imposes_sanctions_on). Pure lookups; the frames themselves are data.
import type { EntityType } from '../../model/types.js';
import { foldName } from '../../util/fold.js';
import { VERB_FRAMES, type VerbFrame } from './verb-frames.js';

/** A relation phrase as a clause states it, in lemma form plus the words as written. */
export interface Phrase {
  lemma: string;
  particle?: string;
  /** The object noun the relation goes through ("sanctions" in "imposed sanctions on"), lemma and written. */
  noun?: string;
  nounText?: string;
  prep?: string;
  /** Catenative verbs that make the event unreal and stay in the phrase ("applied to join"). */
  chain: string[];
}

const exact = new Map<string, VerbFrame[]>();
const wild = new Map<string, VerbFrame[]>();
for (const f of VERB_FRAMES) {
  for (const p of f.phrases) {
    const index = p.includes(' * ') || p.endsWith(' *') ? wild : exact;
    const key = p.replace(' * ', ' ').replace(/ \*$/, '');
    const list = index.get(key);
    if (list) list.push(f);
    else index.set(key, [f]);
  }
}

const join = (...words: (string | undefined)[]): string => words.filter(Boolean).join(' ');

/** Appends the frames of `list` not yet in `out`. */
function addFrames(out: VerbFrame[], list: VerbFrame[] | undefined): void {
  if (list) for (const f of list) if (!out.includes(f)) out.push(f);
}

function computeFrames(p: Phrase): VerbFrame[] {
  const verb = join(p.lemma, p.particle);
  const out: VerbFrame[] = [];
  if (p.noun) {
    addFrames(out, exact.get(join(verb, p.noun, p.prep)));
    addFrames(out, wild.get(join(verb, p.prep)));
    if (!p.prep) addFrames(out, exact.get(verb));
  } else {
    addFrames(out, exact.get(join(verb, p.prep)));
    if (!p.prep) addFrames(out, wild.get(verb));
  }
  return out;
}

/**
 * framesFor's answers by lemma, particle, noun and preposition (the clause analysis asks the same ones again and
 * again), one map level per part: the parts are strings whose hashes are already known, a joined key would be new.
 */
type Memo = Map<string, Map<string, Map<string, Map<string, VerbFrame[]>>>>;
let framesMemo: Memo = new Map();
let framesMemoSize = 0;
const FRAMES_MEMO_MAX = 50_000;

/** The map under `key` in `m`, made when missing. */
function sub<V>(m: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let v = m.get(key);
  if (!v) m.set(key, (v = new Map()));
  return v;
}

/**
 * Frames whose phrases fit, most specific first (noun and preposition, any noun, preposition, the verb alone).
 * The list is shared between calls: callers must not modify it.
 */
export function framesFor(p: Phrase): VerbFrame[] {
  // (empty and missing parts are alike to computeFrames)
  const byPrep = sub(sub(sub(framesMemo, p.lemma), p.particle ?? ''), p.noun ?? '');
  const prep = p.prep ?? '';
  let frames = byPrep.get(prep);
  if (!frames) {
    frames = computeFrames(p);
    if (++framesMemoSize > FRAMES_MEMO_MAX) (framesMemo = new Map()), (framesMemoSize = 0);
    else byPrep.set(prep, frames);
  }
  return frames;
}

/** The first frame whose argument types (and, for organizations it restricts, the subject's name) fit. */
export function pickFrame(frames: VerbFrame[], subject: EntityType, object: EntityType, subjectName?: string): VerbFrame | undefined {
  // (a loop, no per-call closure: the clause analysis picks frames for every candidate pair)
  for (const f of frames) {
    if ((!f.subject || f.subject.includes(subject)) && (!f.object || f.object.includes(object)) && named(f, subject, subjectName)) return f;
  }
  return undefined;
}

/** Whether a frame restricted to some organizations' names fits the subject. */
function named(f: VerbFrame, subject: EntityType, subjectName: string | undefined): boolean {
  return !f.organizations || subject !== 'Organization' || (!!subjectName && foldName(subjectName).split(' ').some((w) => f.organizations!.includes(w)));
}

/** Third person singular of a lemma: "impose" -> "imposes", "carry" -> "carries", "be" -> "is". */
export function thirdPerson(lemma: string): string {
  if (lemma === 'be') return 'is';
  if (lemma === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** The human wording of a phrase in the present tense: "imposes sanctions on", "applies to join". */
export function phraseLabel(p: Phrase): string {
  // ("is accused of" + "supply": "is accused of supplying")
  if (p.chain[0]?.includes(' ')) return join(p.chain[0], gerund(p.lemma), p.particle, p.nounText, p.prep);
  const head = p.chain.length ? join(thirdPerson(p.chain[0]!), ...p.chain.slice(1).flatMap((c) => ['to', c]), 'to', p.lemma) : thirdPerson(p.lemma);
  return join(head, p.particle, p.nounText, p.prep);
}

/** The -ing form of a verb's lemma ("supply" -> "supplying", "make" -> "making"). */
const gerund = (lemma: string): string => (/[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`);

/** A snake_case type from a label: "imposes sanctions on" -> "imposes_sanctions_on". */
export const typeOfLabel = (label: string): string =>
  label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
