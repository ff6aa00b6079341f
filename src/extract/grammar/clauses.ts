// kg/extract/grammar: finds the clause around every verb group of a chunked sentence: its subject (through
// appositions, parentheticals, fronted adjuncts, relative pronouns and coordinated verb phrases), its direct
// objects and prepositional attachments (coordinations expanded), the passive agent, a copula's complement,
// non-finite clauses (participles, gerunds, infinitives) and who reports it ("X said (that) ..."). Shallow and
// left-to-right; it never builds a full parse tree.
import type { Token } from '../tokens.js';
import { SPEECH_VERBS, UNREAL_NOUNS } from './lexicon.js';
import type { Attachment, Chunk, Clause, ClauseKind } from './types.js';

/** Verbs of appointing someone, whose object takes the post ("appointed X as chief executive, succeeding Y"). */
const APPOINTING = new Set(['appoint', 'name', 'elect', 'nominate', 'choose', 'pick', 'promote', 'hire', 'tap', 'install']);
/** Verbs of accusing: the gerund after their object and "of", "with" or "for" is what the object is said to do. */
const ACCUSING = new Set(['accuse', 'charge', 'suspect', 'blame', 'convict', 'indict', 'fine', 'punish', 'sanction', 'criticize', 'criticise', 'condemn']);
/** Verbs whose object also does the infinitive after it ("urged Budapest to act"). */
const OBJECT_CONTROL = new Set([
  'urge', 'ask', 'press', 'tell', 'allow', 'force', 'persuade', 'invite', 'call', 'encourage', 'order', 'help',
  'require', 'enable', 'permit', 'push', 'pressure', 'authorize', 'authorise', 'instruct', 'direct', 'warn', 'lead',
]);

/** Adjectives after "be" that make the infinitive after them a plan, not a fact ("ready to sign"). */
const READINESS = new Set([
  'ready', 'willing', 'able', 'unable', 'likely', 'unlikely', 'eager', 'keen', 'prepared', 'set', 'due', 'poised',
  'determined', 'reluctant', 'expected', 'supposed', 'scheduled', 'about', 'free', 'happy', 'open',
]);

/** How many chunks an apposition or parenthetical between commas may span. */
const MAX_APPOSITION_CHUNKS = 14;

export const isComma = (c: Chunk | undefined): boolean => c?.kind === 'punct' && c.word === ',';
/**
 * The noun phrase a bracketed aside closing at chunk k follows ("the Unity Party (UP)", "the Veskan authority
 * (Autoriteit Veska, or AV)"): its index, else k. The aside holds names, commas and "or" only.
 */
function overBracket(chunks: Chunk[], k: number): number {
  if (chunks[k]?.kind !== 'punct' || chunks[k]!.word !== ')') return k;
  for (let j = k - 1; j >= 1 && k - j <= 6; j--) {
    const c = chunks[j]!;
    if (c.kind === 'punct' && c.word === '(') return j < k - 1 && chunks[j - 1]!.kind === 'np' ? j - 1 : k;
    if (!(c.kind === 'np' || isComma(c) || (c.kind === 'conj' && c.word === 'or'))) return k;
  }
  return k;
}
const isBoundary = (c: Chunk | undefined): boolean =>
  !c || c.kind === 'sub' || (c.kind === 'punct' && /^[;:()\[\]—–"“”]$/.test(c.word)) || (c.kind === 'punct' && c.word === '-' );

/** Analyses every verb group of the sentence. */
export function findClauses(tokens: Token[], chunks: Chunk[]): Clause[] {
  const question = /\?\s*["”’]?$/.test(tokens[tokens.length - 1]?.text ?? '') || tokens.some((t, i) => t.text === '?' && i >= tokens.length - 3);
  const clauses: Clause[] = [];
  const byVerb = new Map<number, Clause>();
  for (let v = 0; v < chunks.length; v++) {
    const c = chunks[v]!;
    if (c.kind !== 'vg' || !c.verb) continue;
    const clause: Clause = {
      at: v,
      verb: c.verb,
      kind: 'main',
      subjects: [],
      objects: [],
      attachments: [],
      agents: [],
      question,
    };
    findSubject(chunks, v, clause, byVerb, tokens);
    // "is owned and operated by X": a bare participle coordinated with a passive is passive too
    const first = clause.kind === 'coordinated' && chunks[v - 1]?.kind === 'conj' ? byVerb.get(previousVerb(chunks, v)) : undefined;
    if (first?.verb.passive && clause.verb.form === 'past') clause.verb = { ...clause.verb, passive: true };
    findObjects(chunks, v, clause, tokens);
    // "..., said Dronov's spokesman Oleg Sazin.": after a quote, the speaker follows the speech verb
    if (
      !clause.subjects.length && SPEECH_VERBS.has(clause.verb.lemma) && clause.objects.length &&
      (isComma(chunks[v - 1]) || chunks[v - 1]?.kind === 'punct')
    ) {
      clause.subjects = clause.objects;
      clause.objects = [];
    }
    // ... and both have its agent
    if (first?.verb.passive && clause.verb.passive && !first.agents.length && !first.objects.length && !first.attachments.length) first.agents = clause.agents;
    byVerb.set(v, clause);
    clauses.push(clause);
  }
  const kept = clauses.filter((c) => !c.absorbed);
  resolveElidedVerbs(tokens, kept);
  attributeSpeech(chunks, kept);
  // ("stopped short of sanctioning Russia", "instead of signing", "without naming it": what the clause does not do)
  for (const c of kept) {
    const t = chunks[c.at]!.t0;
    if (c.verb.form === 'ing' && NOT_DOING.test(`${tokens[t - 2]?.lower ?? ''} ${tokens[t - 1]?.lower ?? ''}`)) c.verb = { ...c.verb, negated: true };
  }
  return kept;
}

/** Pro-verbs that stand for the verb phrase of the clause before ("Serbia did not sign it, though Hungary did"). */
const PRO_VERBS = new Set(['do', 'does', 'did']);
/** Words before a pro-verb whose subject then follows it ("as did Uganda", "so did Y", "nor did Z"). */
const INVERTING = new Set(['as', 'so', 'nor', 'neither']);

/**
 * "X did not sign the charter, even though Y and Z did": a bare "did" with nothing after it repeats the verb, objects
 * and attachments of the clause before it, with its own negation and modality.
 */
function resolveElidedVerbs(tokens: Token[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k]!;
    const word = tokens[c.verb.main]!;
    if (!PRO_VERBS.has(word.lower) || c.attachments.length || c.complement) continue;
    // ("we have a few days left to do so": an infinitive's pro-verb says what is still to be done, not what was)
    if (c.verb.form === 'infinitive' || tokens[c.verb.main - 1]?.lower === 'to') continue;
    // ("..., as did Uganda", "and so did Y", "nor did Z": the subject follows the inverted pro-verb)
    const opener = tokens[c.verb.main - 1]?.lower ?? '';
    const inverted = INVERTING.has(opener) && c.objects.length > 0 && c.objects.every((np) => np.entities.length > 0);
    if (!inverted && (c.objects.length || !c.subjects.length)) continue;
    const next = tokens[c.verb.main + 1];
    if (!inverted && next && !/^[.,;:!?)]$/.test(next.text) && !/^(?:so|too|as well)$/.test(next.lower)) continue;
    const before = clauses[k - 1]!;
    if (PRO_VERBS.has(tokens[before.verb.main]!.lower) || before.verb.copula || !before.objects.length) continue;
    if (inverted) c.subjects = c.objects;
    const negated = c.verb.negated || opener === 'nor' || opener === 'neither';
    c.verb = { ...before.verb, main: c.verb.main, negated, ...(c.verb.modal ? { modal: c.verb.modal } : { modal: undefined }), past: c.verb.past };
    if (!c.verb.modal) delete c.verb.modal;
    c.objects = before.objects;
    c.attachments = before.attachments;
    if (before.secondObject) c.secondObject = before.secondObject;
    c.elided = true;
  }
}

/** Words before an "-ing" verb that deny it. */
const NOT_DOING = /(?:^| )(?:short of|instead of|without|than|of avoiding|from)$/;

/** The noun phrases coordinated with chunks[k] going left ("X, Y and Z", "X, along with Y,"), nearest first excluded. */
/** A noun phrase that is exactly one name. */
const bare = (c: Chunk): boolean => c.entities.length === 1 && c.entities[0]!.t0 === c.t0 && c.entities[0]!.t1 === c.t1;

const isPerson = (c: Chunk | undefined): boolean => c?.kind === 'np' && c.entities.length === 1 && c.entities[0]!.type === 'Person';

/** Words that open a clause though chunked as prepositions ("after the police said"). */
const SUBORDINATING_PREPS = new Set(['after', 'before', 'since', 'until', 'till', 'once']);

/** Whether chunks up to j are "<description> of X (and Y)": a noun phrase naming nobody, of names. */
function describedOf(chunks: Chunk[], j: number): boolean {
  let k = j;
  while (k >= 2 && chunks[k]?.kind === 'np' && chunks[k]!.entities.length && chunks[k - 1]?.kind === 'conj') k -= 2;
  const head = chunks[k - 2];
  return chunks[k]?.kind === 'np' && chunks[k]!.entities.length > 0 && chunks[k - 1]?.kind === 'prep' && chunks[k - 1]!.word === 'of' &&
    head?.kind === 'np' && !head.entities.length && !head.temporal;
}

/** Before the person at chunk j, ", <description (of X)> ," and another person: that person's chunk; else -1. */
function describedBefore(chunks: Chunk[], j: number): number {
  if (!isComma(chunks[j - 1]) || chunks[j - 2]?.kind !== 'np') return -1;
  let k = j - 2;
  if (chunks[k - 1]?.kind === 'prep' && chunks[k - 1]!.word === 'of' && chunks[k - 2]?.kind === 'np') k -= 2;
  if (chunks[k]!.entities.length || !isComma(chunks[k - 1]) || !isPerson(chunks[k - 2])) return -1;
  return k - 2;
}

function coordinatedLeft(chunks: Chunk[], k: number): Chunk[] {
  const out: Chunk[] = [];
  let j = k;
  while (j >= 2) {
    const link = chunks[j - 1]!;
    const other = chunks[j - 2]!;
    // ("the Organisation of Coastal States (OCS) and X": past the short form in brackets)
    const bracketed = other.kind === 'punct' && other.word === ')' && chunks[j - 3]?.kind === 'np' && chunks[j - 4]?.word === '(' &&
      chunks[j - 5]?.kind === 'np';
    if (bracketed && link.kind === 'conj' && link.word === 'and') {
      out.push(chunks[j - 5]!);
      j -= 5;
      continue;
    }
    // ("X, the President of Azerbaijan, Y, and the President of the United States, Z, signed": people in a list, each
    // with a description in apposition)
    if (link.kind === 'conj' && link.word === 'and' && isComma(other) && isPerson(chunks[j - 3])) {
      out.push(chunks[j - 3]!);
      j -= 3;
      for (let d = describedBefore(chunks, j); d >= 0; d = describedBefore(chunks, j)) {
        out.push(chunks[d]!);
        j = d;
      }
      break;
    }
    if (other.kind !== 'np' || other.temporal) break;
    if (link.kind === 'conj' && (link.word === 'and' || link.word === 'or' || link.word === '&')) {
      out.push(other);
      j -= 2;
      // "X, Y and Z"
      continue;
    }
    // "X, Y and Z"; in a headline, "Chile, Peru sign currency deal"
    if (isComma(link) && (out.length > 0 || (j - 2 === 0 && bare(other) && bare(chunks[j]!) && other.entities[0]!.type === chunks[j]!.entities[0]!.type))) {
      out.push(other);
      j -= 2;
      continue;
    }
    // "X and Y," where the comma comes after the conjunction: ", and"
    if (isComma(link) && chunks[j]?.kind === 'np' && chunks[j - 3]?.kind === 'conj') break;
    break;
  }
  return out;
}

/** The noun phrases coordinated with chunks[k] going right ("X and Y", "X, Y and Z", "X as well as Y"). */
export function coordinatedRight(chunks: Chunk[], k: number): { list: Chunk[]; end: number } {
  const list = [chunks[k]!];
  let j = k + 1;
  while (j + 1 < chunks.length) {
    const link = chunks[j]!;
    const other = chunks[j + 1]!;
    const isAnd = link.kind === 'conj' && (link.word === 'and' || link.word === 'or' || link.word === '&');
    const isAlong = link.kind === 'prep' && /^(?:as well as|along with|together with|alongside)$/.test(link.word);
    if ((isAnd || isAlong) && other.kind === 'np' && !other.temporal) {
      // "X, and Y signed it": the noun phrase opens a new clause
      if (isAnd && startsClause(chunks, j + 1)) break;
      list.push(other);
      j += 2;
      continue;
    }
    // ", and Z" / ", Z and"
    if (
      isComma(link) && other.kind === 'conj' && (other.word === 'and' || other.word === 'or') &&
      chunks[j + 2]?.kind === 'np' && !startsClause(chunks, j + 2)
    ) {
      list.push(chunks[j + 2]!);
      j += 3;
      continue;
    }
    if (isComma(link) && other.kind === 'np' && !other.temporal && listContinues(chunks, j + 2)) {
      list.push(other);
      j += 2;
      continue;
    }
    // "A, a Bonanza-based miner that runs three pits, and B": past an apposition on a name, to the next name
    const after = isComma(link) && list[list.length - 1]!.entities.length ? asideThenAnd(chunks, j) : undefined;
    if (after !== undefined) {
      list.push(chunks[after]!);
      j = after + 1;
      continue;
    }
    break;
  }
  return { list, end: j };
}

/** The chunk of a name after an aside opened by the comma at j and closed by ", and" (none when not so). */
function asideThenAnd(chunks: Chunk[], j: number): number | undefined {
  for (let j2 = j + 2; j2 < chunks.length && j2 <= j + MAX_APPOSITION_CHUNKS + 1; j2++) {
    if (!isComma(chunks[j2]!)) continue;
    const conj = chunks[j2 + 1];
    const np = chunks[j2 + 2];
    if (conj?.kind !== 'conj' || conj.word !== 'and' || np?.kind !== 'np' || !np.entities.length || startsClause(chunks, j2 + 2)) return undefined;
    return isAside(chunks, j, j2) ? j2 + 2 : undefined;
  }
  return undefined;
}

/** Whether the noun phrase at chunk k is the subject of a finite verb right after it. */
function startsClause(chunks: Chunk[], k: number): boolean {
  let j = k + 1;
  while (chunks[j]?.kind === 'adv') j++;
  const c = chunks[j];
  return c?.kind === 'vg' && c.verb!.form !== 'infinitive' && c.verb!.form !== 'ing';
}

/** After "X, Y" a list goes on only if it ends with "and Z" (or ", and Z") before anything else. */
function listContinues(chunks: Chunk[], j: number): boolean {
  for (let k = j; k < chunks.length && k < j + 12; k++) {
    const c = chunks[k]!;
    if (c.kind === 'conj' && (c.word === 'and' || c.word === 'or')) return chunks[k + 1]?.kind === 'np';
    if (isComma(c) || (c.kind === 'np' && !c.temporal)) continue;
    return false;
  }
  return false;
}

/**
 * Whether chunks (a, b) (exclusive) between two commas are an apposition or a parenthetical that the subject
 * can be read across: a noun phrase with its attachments, a relative clause, a participle phrase, an adjunct.
 */
function isAside(chunks: Chunk[], a: number, b: number): boolean {
  if (b - a - 1 > MAX_APPOSITION_CHUNKS || b - a < 2) return false;
  const first = chunks[a + 1]!;
  if (first.kind === 'rel') return true;
  if (first.kind === 'vg') return first.verb!.form !== 'finite';
  if (first.kind === 'prep' || first.kind === 'adv') return !chunksHaveFiniteVerb(chunks, a + 1, b);
  if (first.kind === 'np') return !chunksHaveFiniteVerb(chunks, a + 1, b);
  return false;
}

const chunksHaveFiniteVerb = (chunks: Chunk[], a: number, b: number): boolean => {
  for (let k = a; k < b; k++) {
    const c = chunks[k]!;
    if (c.kind === 'rel') return false; // a relative clause inside the aside has its own verb
    if (c.kind === 'vg' && c.verb!.form === 'finite') return true;
  }
  return false;
};

/** Gives the clause the noun phrase at chunk k (and those coordinated before it) as its subjects. */
function setSubject(chunks: Chunk[], clause: Clause, k: number, kind: ClauseKind): void {
  const { head, attachment } = subjectHead(chunks, k);
  clause.kind = kind;
  clause.subjects = [chunks[head]!, ...coordinatedLeft(chunks, head)];
  if (attachment) clause.subjectAttachment = attachment;
}

/** Gives the clause the subjects of the clause of the verb at chunk `from`; false when there is none. */
function inherit(chunks: Chunk[], byVerb: Map<number, Clause>, clause: Clause, from: number, kind: ClauseKind): boolean {
  let u = byVerb.get(from);
  // (a reduced relative is no clause of its own: "jets built by Skarvik, bringing its fleet to 18")
  while (u && u.kind === 'participle' && u.verb.passive) u = byVerb.get(previousVerb(chunks, u.at));
  if (!u) return false;
  clause.kind = kind;
  clause.subjects = u.subjects;
  if (u.subjectAttachment) clause.subjectAttachment = u.subjectAttachment;
  if (u.speaker) clause.speaker = u.speaker;
  if (u.reportVerb) clause.reportVerb = u.reportVerb;
  if (u.speakers) clause.speakers = u.speakers;
  return true;
}

function findSubject(chunks: Chunk[], v: number, clause: Clause, byVerb: Map<number, Clause>, tokens: Token[]): void {
  const verb = clause.verb;
  // Non-finite verb groups
  if (verb.form === 'ing' || verb.form === 'infinitive' || verb.form === 'past') {
    const before = chunks[v - 1];
    // "talks mediated by X", "the summit, hosted by Dronov,", "a deal signed on Friday": a participle after its noun
    if (verb.form === 'past' && participleModifies(chunks, v, tokens)) {
      // ("The Unity Party (UP), led by X,": the name before its bracketed short form)
      const k = overBracket(chunks, isComma(before) ? v - 2 : v - 1);
      clause.kind = 'participle';
      clause.verb = { ...verb, passive: true };
      clause.subjects = [chunks[k]!];
      return;
    }
    // ("the chief was at Halden Castle taking tea with X": a place does nothing; who was there does it)
    const at = verb.form === 'ing' && before?.kind === 'np' && /^(?:at|in)$/.test(chunks[v - 2]?.word ?? '') ? previousVerb(chunks, v) : -1;
    if (at >= 0 && at === v - 3 && byVerb.get(at)?.verb.copula && inherit(chunks, byVerb, clause, at, 'participle')) return;
    if (verb.form === 'ing' && before?.kind === 'np' && !before.temporal) {
      // "talks involving X": the noun does it
      clause.kind = 'participle';
      clause.subjects = [before];
      return;
    }
    if (verb.form === 'infinitive') {
      // ("Ukraine's bid to join the EU", "Norvalt's plan to buy X": the possessor wants it, it has not happened)
      const wanted = before?.kind === 'np' && before.possessor && UNREAL_NOUNS.has(tokens[before.head]!.lower) ? before : undefined;
      if (wanted) {
        const lemma = tokens[wanted.head]!.lemma;
        clause.kind = 'complement';
        clause.subjects = [{ ...wanted, entities: [wanted.possessor!], modifiers: [], head: wanted.possessor!.t0 }];
        clause.verb = { ...verb, irrealis: true, chain: [lemma, ...verb.chain] };
        return;
      }
      // "urged Budapest to act": the object of a control verb; "travelled to Budapest to meet X": the subject
      const prevVerb = previousVerb(chunks, v);
      const u = prevVerb >= 0 ? byVerb.get(prevVerb) : undefined;
      if (u && OBJECT_CONTROL.has(u.verb.lemma) && u.objects.length) {
        clause.kind = 'complement';
        clause.subjects = u.objects;
        return;
      }
      if (u && inherit(chunks, byVerb, clause, prevVerb, 'complement')) {
        // "is ready to recognize", "was willing to travel ... to sign": what the infinitive depends on is not real yet
        const readiness = u.verb.copula && u.complement && READINESS.has(tokens[u.complement.head]!.lower);
        const modal = u.verb.modal ?? (readiness ? tokens[u.complement!.head]!.lower : undefined);
        if (modal || u.verb.irrealis || u.verb.negated) {
          clause.verb = {
            ...clause.verb,
            ...(modal ? { modal } : {}),
            irrealis: clause.verb.irrealis || u.verb.irrealis,
            negated: clause.verb.negated || u.verb.negated,
          };
        }
      }
      return;
    }
    // ("Born in Jamestown, Lucy Varn became an actress", "Based in Lima, the firm grew": a sentence-opening participle's
    // subject comes later, and it is passive)
    if (verb.form === 'past' && !before) {
      const next = chunks.findIndex((c, j) => j > v && c.kind === 'vg' && (c.verb!.form === 'finite' || c.verb!.form === 'past'));
      const k = next >= 0 ? nearestSubjectBefore(chunks, next) : -1;
      if (k > v) {
        setSubject(chunks, clause, k, 'participle');
        clause.verb = { ...verb, passive: true };
        return;
      }
    }
    // ("accusing them of supplying drones", "charged X with spying": the accused is said to do it, which is not stated as so)
    if (verb.form === 'ing' && before?.kind === 'prep' && /^(?:of|with|for)$/.test(before.word)) {
      const u = byVerb.get(previousVerb(chunks, v));
      if (u && ACCUSING.has(u.verb.lemma) && !u.verb.passive && u.objects.length) {
        clause.kind = 'complement';
        clause.subjects = u.objects;
        // (a conviction states it as so: "convicted X of killing Y")
        const accused = `is ${u.verb.lemma}${u.verb.lemma.endsWith('e') ? 'd' : 'ed'} ${before.word}`;
        if (u.verb.lemma !== 'convict') clause.verb = { ...verb, irrealis: true, chain: [accused, ...verb.chain] };
        return;
      }
    }
    // ("appointed X as chief executive, succeeding Y": who succeeds is the one appointed)
    if (verb.form === 'ing' && isComma(before) && /^(?:succeed|replace)$/.test(verb.lemma)) {
      const u = byVerb.get(previousVerb(chunks, v));
      if (u && APPOINTING.has(u.verb.lemma) && !u.verb.passive && u.objects.length) {
        clause.kind = 'participle';
        clause.subjects = u.objects;
        return;
      }
    }
    if (verb.form === 'ing' && (isComma(before) || before?.kind === 'prep' || before?.kind === 'sub' || !before)) {
      // "..., ending months of delay", "by signing the deal", "after meeting X": the clause's subject does it
      const prevVerb = previousVerb(chunks, v);
      if (prevVerb >= 0 && inherit(chunks, byVerb, clause, prevVerb, 'participle')) return;
      // "After meeting X, Y said": the subject comes later
      const next = nextFiniteVerb(chunks, v);
      if (next >= 0) {
        const k = nearestSubjectBefore(chunks, next);
        if (k >= 0) setSubject(chunks, clause, k, 'participle');
      }
      return;
    }
  }
  let k = v - 1;
  while (k >= 0) {
    const c = chunks[k]!;
    if (c.kind === 'adv' || (c.kind === 'np' && c.temporal)) {
      k--;
      continue;
    }
    // "Veldonia's Ministry of Coastal Affairs (MCA) rejected": past an acronym in brackets
    const past = overBracket(chunks, k);
    if (past !== k) {
      k = past;
      continue;
    }
    if (c.kind === 'np' && chunks[k - 1]?.kind === 'prep') {
      // ("after the RMP said", "before the court (HCJ) ruled": a subordinating word read as a preposition opens a
      // clause whose subject is the noun phrase right before the verb)
      const next = chunks[k + 1];
      const adjacent = k === v - 1 || (next?.word === '(' && chunks[k + 3]?.word === ')' && k + 4 === v);
      if (adjacent && SUBORDINATING_PREPS.has(chunks[k - 1]!.word)) {
        setSubject(chunks, clause, k, 'subordinate');
        return;
      }
      // "officials in Brussels urged", "the leaders of India and China met": the phrase qualifies the subject
      if (chunks[k - 2]?.kind === 'np' && !chunks[k - 2]!.temporal && QUALIFYING_PREPS.has(chunks[k - 1]!.word)) {
        setSubject(chunks, clause, k, isClauseOpenedBySub(chunks, k - 2) ? 'subordinate' : 'main');
        return;
      }
      // "Latvia's parliament on Monday ratified": an adjunct between subject and verb
      k -= 2;
      // coordinated objects of the adjunct ("in Depsang and Demchok")
      while (k >= 2 && chunks[k]?.kind === 'conj' && chunks[k - 1]?.kind === 'np' && chunks[k - 2]?.kind === 'prep') k -= 3;
      continue;
    }
    if (c.kind === 'np') {
      // (the leftmost of coordinated subjects decides what comes before them: "of which X and Y are members")
      const conjuncts = coordinatedLeft(chunks, k);
      const all = [c, ...conjuncts];
      const leftmost = conjuncts.length ? chunks.indexOf(conjuncts[conjuncts.length - 1]!) : k;
      if (leftmost !== k && chunks[leftmost - 1]?.kind === 'rel') k = leftmost;
      const link = chunks[k - 1];
      if (link?.kind === 'rel' && chunks[k - 2]?.kind === 'prep' && link.word === 'which') {
        // "Belarus, with which we share positions": the relative pronoun is the object of the preposition before it
        clause.kind = 'relative';
        clause.subjects = all;
        let ante = antecedentOf(chunks, k - 2);
        // ("Belarus which is part of X and with which...": the antecedent of the relative clause it is coordinated with)
        if (ante < 0 && chunks[k - 3]?.kind === 'conj') {
          for (let r = k - 4; r >= 0 && ante < 0; r--) if (chunks[r]!.kind === 'rel') ante = antecedentOf(chunks, r);
        }
        if (ante >= 0) clause.attachments.push({ prep: chunks[k - 2]!.word, np: chunks[ante]!, at: ante });
        return;
      }
      if (link?.kind === 'rel') {
        // "the Senkaku Islands, which Tokyo administers": the relative pronoun is the object
        clause.kind = 'relative';
        clause.subjects = all;
        const ante = antecedentOf(chunks, k - 1);
        // ("Venezuela, where the administration is pushing for change": the antecedent is where it happens)
        if (ante >= 0 && link.word === 'where') clause.attachments.push({ prep: 'in', np: chunks[ante]!, at: ante });
        else if (ante >= 0 && link.word !== 'whose') gapObject(chunks, clause, ante);
        return;
      }
      setSubject(chunks, clause, k, isClauseOpenedBySub(chunks, k) ? 'subordinate' : 'main');
      // "the landmark agreement Iran signed": a relative clause without its pronoun, the noun before its object
      const before = chunks[k - 1];
      // ("the consent order the agency reached with X": a described subject too, when nothing after the verb is its object)
      const described =
        c.entities.length === 0 && /^(?:the|its|their)$/.test(tokens[c.t0]!.lower) && tokens[c.head]!.pos === 'NOUN' && chunks[v + 1]?.kind !== 'np';
      const plainNoun = before?.kind === 'np' && !before.temporal && !before.entities.length && tokens[before.head]!.pos === 'NOUN';
      if (plainNoun && !c.temporal && (c.entities.length || described)) {
        clause.kind = 'relative';
        gapObject(chunks, clause, k - 1);
      }
      return;
    }
    if (isComma(c)) {
      // An apposition or parenthetical between commas: the subject is before it
      // (the chunk where the aside opens, walking back from `from` at most `max` chunks from the comma: a comma or a boundary)
      const openingBefore = (from: number, max: number): number => {
        let j = from;
        while (j >= 0 && k - j <= max) {
          // (past an acronym in brackets: "X, the director of the Halden Security Agency (HSA), travelled")
          if (chunks[j]!.word === ')' && chunks[j - 2]?.word === '(' && chunks[j - 1]?.kind === 'np') j -= 3;
          if (j < 0 || isComma(chunks[j]) || isBoundary(chunks[j])) break;
          j--;
        }
        return j;
      };
      // ("The three countries, Iraq, Jordan and Egypt, signed": a list of names in apposition to a bare description)
      const named = chunks[k - 1];
      if (named?.kind === 'np' && named.entities.length) {
        const left = coordinatedLeft(chunks, k - 1);
        const description = left[left.length - 1];
        const at = description ? chunks.indexOf(description) : -1;
        if (left.length >= 2 && !description!.entities.length && isComma(chunks[at + 1]) && (at === 0 || isBoundary(chunks[at - 1]))) {
          clause.kind = 'main';
          clause.subjects = [named, ...left.slice(0, -1)];
          return;
        }
      }
      let k2 = openingBefore(k - 1, MAX_APPOSITION_CHUNKS + 1);
      // ("X, who grew up in Tarrow, Ohio, joined": a town and its region are one address inside the aside)
      const placeNp = (x: Chunk | undefined): boolean => x?.kind === 'np' && x.entities.length === 1 && x.entities[0]!.type === 'Place';
      if (k2 >= 2 && k - k2 === 2 && placeNp(chunks[k2 + 1]) && placeNp(chunks[k2 - 1]) && chunks[k2 - 2]?.kind === 'prep') {
        k2 = openingBefore(k2 - 2, MAX_APPOSITION_CHUNKS + 3);
      }
      // ("X, speaking at the Palacio Veska, the ministry's headquarters, accused": a participle's aside with an apposition in it)
      const ing = chunks[k2 - 3];
      if (k2 >= 4 && chunks[k2 - 1]?.kind === 'np' && chunks[k2 - 2]?.kind === 'prep' && ing?.kind === 'vg' &&
        /ing$/.test(tokens[ing.head]!.lower) && isComma(chunks[k2 - 4])) {
        k2 -= 4;
      }
      // "Its leader in the assembly, Verónica Ushiña, accused": the name in apposition to a description is the subject
      const aside = k2 >= 1 && isComma(chunks[k2]) ? chunks[k2 + 1] : undefined;
      // ("Australia's ambassador to Indonesia, Mark Hollis, was summoned": the description may end on a preposition's name)
      const description = chunks[k2 - 1]?.entities.length
        ? chunks[k2 - 2]?.kind === 'prep' && describesSomeone(chunks[k2 - 3], tokens) && (k2 === 3 || isBoundary(chunks[k2 - 4]))
        : true;
      if (aside?.kind === 'np' && k - k2 === 2 && aside.entities.length === 1 && aside.entities[0]!.type === 'Person' && description) {
        setSubject(chunks, clause, k2 + 1, 'main');
        // ("Ghana's X and his Togolese counterpart, Y, signed": and whoever the description is coordinated with)
        // ("Kenya's minister, X, and her Tanzanian counterpart, Y, signed": the first named in an aside of its own)
        const before = isComma(chunks[k2 - 3]) && isPerson(chunks[k2 - 4]) && isComma(chunks[k2 - 5]) ? chunks[k2 - 4] : chunks[k2 - 3];
        if (chunks[k2 - 2]?.kind === 'conj' && chunks[k2 - 2]!.word === 'and' && isPerson(before)) clause.subjects.push(before!);
        return;
      }
      // ("the foreign ministers of Chile and Peru, Ana Ruiz and Jorge Salas, said": people named after a
      // description of them that is of someone)
      if (aside && isPerson(aside) && isComma(chunks[k2]) && describedOf(chunks, k2 - 1)) {
        const { list, end } = coordinatedRight(chunks, k2 + 1);
        if ((end === k - 1 || end === k) && list.length >= 2 && list.every(isPerson)) {
          clause.kind = 'main';
          clause.subjects = list;
          return;
        }
      }
      // ("The Unity Party (UP), led by X, won": the name before its bracketed short form)
      const beforeAside = k2 >= 1 ? overBracket(chunks, k2 - 1) : -1;
      if (k2 >= 1 && isComma(chunks[k2]) && isAside(chunks, k2, k) && chunks[beforeAside]!.kind === 'np') {
        setSubject(chunks, clause, beforeAside, 'main');
        const opener = chunks[k2 + 1]!;
        // ("The two countries, Chile and Peru, reached a deal": names in apposition to a bare description are the subjects)
        if (!chunks[beforeAside]!.entities.length && opener.kind === 'np' && opener.entities.length) {
          const { list, end } = coordinatedRight(chunks, k2 + 1);
          if (end === k - 1 || end === k) clause.subjects = list;
        }
        // "Norway, along with Chile, backs Ilse Marant": an aside that adds a conjunct
        // ("several countries, including Malaysia and Turkey, backed": the ones named are of the subject)
        // ("Hungary, like Turkey, delayed it": what is compared does it too)
        if (opener.kind === 'prep' && /^(?:along with|together with|as well as|alongside|including|like)$/.test(opener.word) && chunks[k2 + 2]?.kind === 'np') {
          clause.subjects.push(...coordinatedRight(chunks, k2 + 2).list);
        }
        // ("Twelve countries, among them Morocco and Mauritania, signed")
        const them = chunks[k2 + 2];
        if (opener.kind === 'prep' && opener.word === 'among' && them?.kind === 'np' && tokens[them.head]!.lower === 'them' && chunks[k2 + 3]?.kind === 'np') {
          clause.subjects.push(...coordinatedRight(chunks, k2 + 3).list);
        }
        return;
      }
      // "Moscow, which ..., has said": the first comma may open the aside right after the subject
      if (k2 >= 1 && chunks[k2 - 1]?.kind === 'np' && chunks[k2 + 1]?.kind === 'rel') {
        setSubject(chunks, clause, k2 - 1, 'main');
        return;
      }
      // ("X spoke with Y and, after the deal was announced, thanked Z": a verb coordinated past a subordinate clause)
      if (chunks[k2]?.kind === 'sub') {
        const conj = isComma(chunks[k2 - 1]) ? k2 - 2 : k2 - 1;
        if (chunks[conj]?.kind === 'conj' && /^(?:and|but)$/.test(chunks[conj]!.word)) {
          const u = previousVerb(chunks, conj);
          if (u >= 0) inherit(chunks, byVerb, clause, u, 'coordinated');
        }
      }
      // "In Kazan, Kesari met": a fronted adjunct is not the subject; nothing else to find
      return;
    }
    if (c.kind === 'rel') {
      // "Finland, which applied", "Kesari, who arrived": the antecedent does it
      if (c.word === 'whose') return;
      const ante = antecedentOf(chunks, k);
      if (ante >= 0) {
        clause.kind = 'relative';
        const { head, attachment } = subjectHead(chunks, ante);
        // ("Tanabe and Defence Minister Okuda, who flew to Manila": people coordinated before "who" all do it)
        const people = (x: Chunk): boolean => x.entities.length > 0 && x.entities.every((r) => r.type === 'Person');
        // (not with a singular verb: "Soto and Vera, who is on a visit", only Vera)
        const first = chunks[k + 1]?.kind === 'vg' ? tokens[chunks[k + 1]!.t0]! : undefined;
        const singular = !!first && (/^(?:is|was|has|does)$/.test(first.lower) || (first.pos === 'VERB' && first.lower === `${first.lemma}s`));
        const conjuncts = c.word === 'who' && head === ante && !singular && people(chunks[head]!) ? coordinatedLeft(chunks, head).filter(people) : [];
        clause.subjects = [chunks[head]!, ...conjuncts];
        // ("Poland, which like Germany belongs to the EU": what is compared does it too)
        const like = chunks[k + 1];
        const compared = chunks[k + 2];
        if (like?.kind === 'prep' && like.word === 'like' && compared?.kind === 'np' && compared.entities.length) clause.subjects.push(compared);
        if (attachment) clause.subjectAttachment = attachment;
      }
      return;
    }
    if (c.kind === 'conj') {
      // "travelled to Budapest and met Ternai": the coordinated verb phrase has the first one's subject
      const u = previousVerb(chunks, k);
      const between = chunks.slice(u + 1, k);
      if (u >= 0 && !between.some((x) => x.kind === 'sub' || x.kind === 'rel' || isBoundary(x))) inherit(chunks, byVerb, clause, u, 'coordinated');
      return;
    }
    if (c.kind === 'vg') {
      const u = byVerb.get(k);
      // "Hungarian officials had for months complained": an auxiliary split from its verb by an adjunct
      if (u && c.verb!.auxOnly && !u.objects.length && !u.complement) {
        u.absorbed = true;
        clause.kind = u.kind;
        clause.subjects = u.subjects;
        if (u.subjectAttachment) clause.subjectAttachment = u.subjectAttachment;
        clause.verb = {
          ...clause.verb,
          past: clause.verb.past || c.verb!.past,
          negated: clause.verb.negated || c.verb!.negated,
          form: 'finite',
          ...(c.verb!.modal ? { modal: c.verb!.modal } : {}),
        };
        return;
      }
      // "a group of senators who visited the capital to press for ratification left": the relative's antecedent
      let r = u;
      while (r && (r.kind === 'complement' || r.kind === 'coordinated' || r.kind === 'participle')) r = byVerb.get(previousVerb(chunks, r.at));
      if (r && r.kind === 'relative' && r.subjects.length && chunks[r.at - 1]?.kind === 'rel') {
        clause.kind = 'main';
        clause.subjects = r.subjects;
        if (r.subjectAttachment) clause.subjectAttachment = r.subjectAttachment;
      }
      return;
    }
    if (c.kind === 'sub' || isBoundary(c)) return;
    // ("told the House there were allegations": an existential "there" is the only subject)
    if (c.kind === 'other' && k === v - 1 && tokens[c.t0]!.lower === 'there') return;
    k--;
  }
}

/**
 * The antecedent of an object relative fills its gap: the direct object ("the islands, which Tokyo administers"),
 * or the object of a preposition the verb leaves stranded ("the agreement that the company entered into with X").
 */
function gapObject(chunks: Chunk[], clause: Clause, ante: number): void {
  const stranded = strandedPreposition(chunks, clause.at);
  if (stranded && !clause.attachments.some((a) => a.at === clause.at + 2)) clause.attachments.unshift({ prep: stranded, np: chunks[ante]!, at: ante });
  else clause.objects = [chunks[ante]!];
}

/** The preposition right after the verb group at chunk v with no noun phrase of its own ("entered into with", "voted against."). */
export function strandedPreposition(chunks: Chunk[], v: number): string | undefined {
  const next = chunks[v + 1];
  return next?.kind === 'prep' && chunks[v + 2]?.kind !== 'np' ? next.word : undefined;
}

/** Prepositions whose phrase, right after a noun, qualifies it: "officials in Brussels", "the head of X". */
const QUALIFYING_PREPS = new Set(['of', 'from', 'in', 'at', 'for']);

/** A subject noun phrase at chunk k, or the head before its qualifying phrase ("officials [in Brussels]"). */
function subjectHead(chunks: Chunk[], k: number): { head: number; attachment?: Attachment } {
  const prep = chunks[k - 1];
  const head = chunks[k - 2];
  if (prep?.kind === 'prep' && QUALIFYING_PREPS.has(prep.word) && head?.kind === 'np' && !head.temporal && !head.entities.length) {
    return { head: k - 2, attachment: { prep: prep.word, np: chunks[k]!, at: k } };
  }
  // "President Ana Soto of Chile spoke": a named person qualified by where they are from
  // ("the Tarn Group of the BDU has": a body named of its parent)
  const named = head?.kind === 'np' && head.entities.some((r) => r.type === 'Person' || (prep?.word === 'of' && r.type === 'Organization'));
  if (prep?.kind === 'prep' && (prep.word === 'of' || prep.word === 'from') && named) return { head: k - 2 };
  return { head: k };
}

/** A past participle right after a noun phrase (or its comma) that it modifies: passive, the noun its patient. */
function participleModifies(chunks: Chunk[], v: number, tokens: Token[]): boolean {
  const before = chunks[v - 1];
  const comma = isComma(before);
  const k = overBracket(chunks, comma ? v - 2 : v - 1);
  const np = chunks[k];
  if (!np || np.kind !== 'np' || np.temporal) return false;
  // "X, Sweden's prime minister, travelled": the noun phrase before the comma is an apposition, the verb finite
  // (not a date before it: "on January 5, 2024, the FAA, led by X,")
  if (comma && isComma(chunks[k - 1]) && chunks[k - 2]?.kind === 'np' && !chunks[k - 2]!.temporal) return false;
  // ("X, the official who signed the treaty, resigned": the comma closes an aside with a relative clause in it)
  if (comma && closesRelativeAside(chunks, v - 1)) return false;
  const next = chunks[v + 1];
  // ("spoke", "took", "flew" are past tenses only: "Soto spoke by phone" is no participle)
  if (PAST_ONLY.has(tokens[chunks[v]!.head]!.lower)) return false;
  // ("The pact entered into force on Monday.": the sentence's only verb is its verb)
  if (chunks.every((c, k) => k === v || (c.kind !== 'vg' && c.kind !== 'sub' && c.kind !== 'rel'))) return false;
  // followed by an agent: "talks mediated by X", "the summit, hosted by Dronov,"
  if (next?.kind === 'prep' && next.word === 'by') return true;
  // "Quillon, based in Cupertino,", "a company headquartered in Irving": where something is
  if (next?.kind === 'prep' && LOCATING.has(tokens[chunks[v]!.head]!.lemma)) return true;
  // "a defence deal signed on Friday", ", signed in 2015,": a thing that does nothing itself, no object after it
  const head = np.entities[0];
  const inanimate = head ? head.type === 'Agreement' || head.type === 'Event' : INANIMATE_HEADS.has(tokens[np.head]!.lemma);
  return inanimate && (next === undefined || next.kind === 'prep' || (next.kind === 'np' && next.temporal) || next.kind === 'punct');
}

/** After "including" or "among them", the chunk of the first named member; else -1. */
function membersAfter(chunks: Chunk[], k: number, tokens: Token[]): number {
  const c = chunks[k];
  if (c?.kind !== 'prep') return -1;
  const them = chunks[k + 1]?.kind === 'np' && chunks[k + 1]!.t1 - chunks[k + 1]!.t0 === 1 && /^(?:them|those)$/.test(tokens[chunks[k + 1]!.t0]!.lower);
  const at = c.word === 'including' ? k + 1 : c.word === 'among' && them ? k + 2 : -1;
  if (at < 0 || chunks[at]?.kind !== 'np') return -1;
  // ("including the embassy's military attache, Colonel X": the member named after a description of them)
  const named = chunks[at + 2];
  if (!chunks[at]!.entities.length && isComma(chunks[at + 1]) && named?.kind === 'np' && named.entities[0]?.type === 'Person') return at + 2;
  return chunks[at]!.entities.length ? at : -1;
}

/** Whether the comma at chunk c closes "NP , ... who/which ... ," (an aside holding a relative clause). */
function closesRelativeAside(chunks: Chunk[], c: number): boolean {
  for (let j = c - 1, rel = false; j >= 0 && c - j <= MAX_APPOSITION_CHUNKS; j--) {
    const x = chunks[j]!;
    if (x.kind === 'rel') rel = true;
    if (isComma(x)) return rel && chunks[j - 1]?.kind === 'np' && !chunks[j - 1]!.temporal;
    if (isBoundary(x)) return false;
  }
  return false;
}

/** Irregular past tenses that are never past participles. */
const PAST_ONLY = new Set(
  ('spoke took gave wrote rose fell ate saw went came began ran drove chose broke froze stole flew grew knew threw drew ' +
    'wore swore tore rode rang sang sank swam woke forgave forbade arose shook').split(' '),
);

/** Participles that say where their noun is ("X, born in Richmond,": where a person was born). */
const LOCATING = new Set(['base', 'headquarter', 'locate', 'register', 'incorporate', 'station', 'situate', 'moor', 'anchor', 'flag', 'bear']);

/** Nouns of things that are done rather than doers: a past form right after them is a participle. */
const INANIMATE_HEADS = new Set(
  ('deal agreement treaty accord pact memorandum protocol convention charter declaration contract truce ceasefire law bill plan ' +
    'proposal measure resolution order ruling decision statement report talks summit meeting jet aircraft weapon equipment ' +
    'missile loan sanction fine tariff project pipeline route document text letter package programme program framework').split(' '),
);

function isClauseOpenedBySub(chunks: Chunk[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const c = chunks[j]!;
    if (c.kind === 'sub') return true;
    if (c.kind === 'vg' || isComma(c) || isBoundary(c)) return false;
  }
  return false;
}

/** The noun phrase a relative word at chunk r refers back to (before an optional comma). */
function antecedentOf(chunks: Chunk[], r: number): number {
  let k = r - 1;
  if (isComma(chunks[k])) k--;
  // "the Eurasian Economic Union (EAEU), of which": past an acronym in brackets
  if (chunks[k]?.kind === 'punct' && chunks[k]!.word === ')' && chunks[k - 1]?.kind === 'np' && chunks[k - 2]?.word === '(') k -= 3;
  // ("a deal signed on Friday under which": past the time a participle gives, to the noun it follows)
  if (chunks[k]?.temporal && chunks[k - 1]?.kind === 'prep') {
    const v = chunks[k - 2];
    if (v?.kind === 'vg' && v.verb?.form === 'past' && chunks[k - 3]?.kind === 'np') k -= 3;
  }
  const c = chunks[k];
  if (c?.kind !== 'np') return -1;
  // "Mr Jean-Luc Verhaegen of Belgium, who has led": the person, not where they are from
  if (chunks[k - 1]?.kind === 'prep' && /^(?:of|from)$/.test(chunks[k - 1]!.word) && chunks[k - 2]?.entities.some((r) => r.type === 'Person')) return k - 2;
  // "the leaders of India and China, who": the head before the "of" phrase
  const ofPhrase = chunks[k - 1]?.kind === 'prep' && chunks[k - 1]!.word === 'of' && chunks[k - 2]?.kind === 'np';
  const head = ofPhrase && !c.entities.length ? k - 2 : k;
  // ("Anna Holm, leader of the main opposition party, who called": the person the description is in apposition to)
  const d = ofPhrase && !chunks[k - 2]!.entities.length ? k - 2 : head;
  const named = chunks[d - 2];
  const described = chunks[d]!;
  // (a description with no article whose names come after its first word: "leader of the opposition Harmony Party")
  const bare = !described.det && described.entities.every((r) => r.t0 > described.t0);
  if ((!described.entities.length || bare) && isComma(chunks[d - 1]) && named?.kind === 'np' && named.entities.some((r) => r.type === 'Person')) return d - 2;
  return head;
}

function previousVerb(chunks: Chunk[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (chunks[j]!.kind === 'vg') return j;
  return -1;
}

function nextFiniteVerb(chunks: Chunk[], k: number): number {
  for (let j = k + 1; j < chunks.length; j++) if (chunks[j]!.kind === 'vg' && chunks[j]!.verb!.form === 'finite') return j;
  return -1;
}

/** A common noun phrase with a possessor or a definite determiner ("Australia's ambassador", "the envoy"). */
function describesSomeone(np: Chunk | undefined, tokens: Token[]): boolean {
  return np?.kind === 'np' && !np.entities.length && tokens[np.head]!.pos === 'NOUN' && (!!np.possessor || /^(?:the|its|his|her|their)$/.test(np.det ?? ''));
}

function nearestSubjectBefore(chunks: Chunk[], v: number): number {
  for (let j = v - 1; j >= 0; j--) {
    const c = chunks[j]!;
    if (c.kind === 'np' && !c.temporal && chunks[j - 1]?.kind !== 'prep') return j;
    if (c.kind === 'vg' || isComma(c)) return -1;
  }
  return -1;
}

function findObjects(chunks: Chunk[], v: number, clause: Clause, tokens: Token[]): void {
  let j = v + 1;
  const verb = clause.verb;
  while (chunks[j]?.kind === 'adv') j++;
  const first = chunks[j];
  if (first?.kind === 'np' && !first.temporal) {
    const { list, end } = coordinatedRight(chunks, j);
    if (verb.copula) clause.complement = first;
    else clause.objects.push(...list);
    j = end;
    // "gave Venezuela a loan": a second object
    if (chunks[j]?.kind === 'np' && !chunks[j]!.temporal && !verb.copula) {
      clause.secondObject = chunks[j]!;
      j++;
    }
    // "Russia and Cuba's influence": names before a possessive head share it
    const last = list[list.length - 1]!;
    if (
      !verb.copula && list.length > 1 && last.possessor && !last.entities.length &&
      list.slice(0, -1).every((x) => x.entities.length && x.head < x.t1 && x.entities.some((r) => r.t1 === x.t1))
    ) {
      for (const x of list.slice(0, -1)) last.modifiers.push(...x.entities);
      clause.objects = clause.objects.filter((x) => !list.slice(0, -1).includes(x));
    }
  }
  let guard = 0;
  while (j < chunks.length && guard++ < 40) {
    const c = chunks[j]!;
    if (c.kind === 'adv' || (c.kind === 'np' && c.temporal)) {
      j++;
      continue;
    }
    // ("expelled six diplomats, among them X", "detained three men, including Y": the named members of a plural object
    // are objects too)
    const members = (isComma(c) || (c.kind === 'punct' && /^[—–-]$/.test(c.word))) ? membersAfter(chunks, j + 1, tokens) : -1;
    if (members > 0 && clause.objects.length && clause.objects.every((o) => !o.entities.length)) {
      const { list, end } = coordinatedRight(chunks, members);
      clause.members = [...(clause.members ?? []), ...list.filter((np) => np.entities.length)];
      j = end;
      continue;
    }
    if (c.kind === 'prep' && chunks[j + 1]?.kind === 'np') {
      const { list, end } = coordinatedRight(chunks, j + 1);
      const passiveAgent = c.word === 'by' && clause.verb.passive;
      for (const np of list) {
        if (passiveAgent) clause.agents.push(np);
        else clause.attachments.push({ prep: c.word, np, at: chunks.indexOf(np) } as Attachment);
      }
      // ("by Prime Ministers A of Estonia and B of Latvia": agents each with their "of" phrase, coordinated)
      for (let e = end; passiveAgent && chunks[e]?.kind === 'prep' && chunks[e]!.word === 'of' && chunks[e + 1]?.kind === 'np'; e += 4) {
        const next = chunks[e + 3];
        if (chunks[e + 2]?.kind !== 'conj' || chunks[e + 2]!.word !== 'and' || next?.kind !== 'np' || next.entities[0]?.type !== 'Person') break;
        clause.agents.push(next);
      }
      j = end;
      continue;
    }
    // "as president": a complement after "as"
    if (c.kind === 'sub' && c.word === 'as' && chunks[j + 1]?.kind === 'np') {
      clause.attachments.push({ prep: 'as', np: chunks[j + 1]!, at: j + 1 });
      j += 2;
      continue;
    }
    if (c.kind === 'prep' && chunks[j + 1]?.kind === 'adv' && chunks[j + 2]?.kind === 'np') {
      j++;
      continue;
    }
    // ("appointed X, a former prosecutor, as minister": past the object's apposition to the "as" after it)
    if (isComma(c) && clause.objects.length) {
      let k = j + 1;
      while (k < j + 6 && (chunks[k]?.kind === 'np' || chunks[k]?.kind === 'prep' || chunks[k]?.kind === 'conj')) k++;
      if (k > j + 1 && isComma(chunks[k]) && chunks[k + 1]?.word === 'as' && chunks[k + 2]?.kind === 'np') {
        j = k + 1;
        continue;
      }
    }
    // ("was shot to death in St. Joseph, Mo., by Robert Ford": a passive's agent after a comma)
    if (isComma(c) && clause.verb.passive && !clause.agents.length) {
      let by = j + 1;
      while (by < j + 4 && (chunks[by]?.kind === 'np' || isComma(chunks[by]))) by++;
      if (chunks[by]?.kind === 'prep' && chunks[by]!.word === 'by' && chunks[by + 1]?.kind === 'np') {
        j = by;
        continue;
      }
    }
    // ("the agreement that it entered into with X": a preposition its relative's gap left stranded)
    if (c.kind === 'prep' && chunks[j + 1]?.kind === 'prep' && chunks[j + 2]?.kind === 'np') {
      j++;
      continue;
    }
    break;
  }
}

/**
 * "X said (that) ...", "X told reporters ...": the clauses after a speech verb are reported by its subject;
 * "..., X said." at the end reports the clauses before it.
 */
function attributeSpeech(chunks: Chunk[], clauses: Clause[]): void {
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (!SPEECH_VERBS.has(c.verb.lemma) || c.subjects.length === 0 || c.verb.negated || c.verb.passive) continue;
    const speaker = c.subjects[0]!;
    const trailing = clauses.slice(0, i).filter((x) => x.at < c.at);
    const before = chunks[c.at - 1];
    const isTrailing = isComma(before) || (before?.kind === 'np' && isComma(chunks[c.at - 2]));
    // ("Before Ottawa announced it, New Delhi said it was withdrawing X": a speech verb with its report after it)
    const next = chunks[c.at + 1];
    const reportsAfter =
      c.verb.form !== 'ing' && ((next?.kind === 'sub' && next.word === 'that') || (next?.kind === 'np' && chunks[c.at + 2]?.kind === 'vg'));
    const report = (x: Clause): void => {
      if (x.speaker || x.subjects[0] === speaker) return;
      x.speaker = speaker;
      x.reportVerb = c.verb.lemma;
      if (c.subjects.length > 1) x.speakers = c.subjects;
    };
    if (isTrailing && trailing.length && !reportsAfter) {
      trailing.forEach(report);
      continue;
    }
    // ("Before Ottawa announced the expulsions, X said": a plain object then a comma reports nothing after it)
    const plainObject = next?.kind === 'np' && !next.temporal && isComma(chunks[c.at + 2]) && c.kind === 'subordinate';
    if (plainObject) continue;
    clauses.slice(i + 1).forEach(report);
  }
}
