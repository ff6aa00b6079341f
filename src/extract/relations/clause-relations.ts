// kg/extract/relations: relations from clause structure. For every clause: its subjects (through pronouns,
// descriptions and qualifiers), its objects (the direct object, or the entity a preposition or the object's own
// qualifier reaches), the passive agent, a copula's complement ("became BDU's 31st member"); the relation phrase
// (verb, particle, object noun, preposition) typed by the verb lexicon or kept as an open relation. Guards veto
// questions, negations, modals and conditions. Every claim carries the id of the frame or path that made it.
import type { Claim, EntityType, RelationFamily } from '../../model/types.js';
import { nearestDate, type DateMention } from '../dates.js';
import type { Chunk, Clause, Ref } from '../grammar/types.js';
import { isComma, strandedPreposition } from '../grammar/clauses.js';
import { SPEECH_VERBS, UNREAL_CATENATIVES } from '../grammar/lexicon.js';
import type { Token } from '../tokens.js';
import { WEEKDAYS } from '../../util/months.js';
import { titleCase } from '../document-context.js';
import { NOT_JOB_NOUNS, ORG_APPOSITIVES, PLACE_NOUNS, UNIT_NOUNS } from '../lexicon.js';
import { resolvePhrase, type ArgumentContext, type Resolved } from './arguments.js';
import { evaluationClaims } from './evaluations.js';
import { framesFor, phraseLabel, pickFrame, typeOfLabel, type Phrase } from './frames.js';
import type { VerbFrame } from './verb-frames.js';

/** What a clause's analysis found, for `kg explain`. */
export interface ClauseTrace {
  rule: string;
  outcome: 'fired' | 'vetoed';
  reason?: string;
  subject?: string;
  object?: string;
  type?: string;
}

export interface ClauseInput {
  tokens: Token[];
  chunks: Chunk[];
  clauses: Clause[];
  dates: DateMention[];
  evidence: Claim['evidence'];
  args: ArgumentContext;
  /** Type of a local entity key. */
  typeOf: (key: string) => EntityType | undefined;
  /** Name of a local entity key (for frames that restrict organizations by name). */
  nameOf?: (key: string) => string | undefined;
  /** The agreement under discussion (named in this sentence or the ones just before), for "X signed on Friday". */
  focusAgreement?: string;
  /** Agreements whose parties the sentence names ("a loan signed between X and Y"). */
  partiesNamed?: ReadonlySet<string>;
  /** Gives a person a title when a clause names their office but not whose it is ("was elected president"). */
  /** Gives a person a title a clause states; `unowned` when the clause names nobody whose office it is. */
  setTitle: (key: string, title: string, unowned: boolean) => void;
}

const ACTORS = new Set<EntityType>(['Person', 'Country', 'Organization']);
/** Prepositions an open relation may reach its object through (others are adjuncts: "in Kazan", "on Monday"). */
const OPEN_PREPS = new Set([
  'to', 'with', 'against', 'from', 'on', 'into', 'for', 'about', 'over', 'toward', 'towards', 'onto', 'upon', 'between',
  'among', 'at', 'in', 'near',
]);
/** Of those, the ones an open relation takes only when a frame asks for them (with an object noun, "on" and "over" too). */
const FRAME_ONLY_PREPS = new Set(['in', 'at', 'for', 'between', 'among', 'of', 'as', 'near']);
const FRAME_ONLY_WITHOUT_NOUN = new Set(['on', 'over']);
/** Heads that stand for their qualifier without joining the relation ("visited the Hungarian capital"). */
const TRANSPARENT_NOUNS = new Set([
  'capital', 'city', 'country', 'government', 'side', 'authority', 'territory', 'soil', 'state', 'leadership',
  'official', 'people', 'nation', 'administration', 'regime', 'delegation', 'counterpart', 'leader', 'force',
  'military', 'army', 'troop', 'navy', 'embassy', 'mission', 'ministry', 'base', 'camp', 'convoy', 'hideout',
]);
/** Verbs whose "that" clause says what someone else must do: its subject is the one they address. */
const DEMANDING = new Set(['demand', 'urge', 'insist', 'ask', 'order', 'press', 'request', 'require']);
/** Conditional subordinators: what they introduce has not happened. */
const CONDITIONAL = new Set(['if', 'unless', 'whether']);

interface Candidate {
  subject: Ref;
  object: Ref;
  phrase: Phrase;
  path: 'object' | 'prep' | 'agent' | 'complement' | 'qualifier' | 'mutual';
}

/** The claims of one sentence's clauses; `trace` (when given) receives what fired and what was vetoed. */
export function clauseClaims(input: ClauseInput, trace?: ClauseTrace[]): Claim[] {
  const claims: Claim[] = [];
  for (const written of input.clauses) {
    const clause = lightVerb(input, written);
    const veto = guardOf(input, clause);
    const candidates = candidatesOf(input, clause);
    // ("expelled six Indian diplomats, among them X": the members named after a plural object are its objects as well)
    if (clause.members?.length) {
      const members = candidatesOf(input, { ...clause, objects: clause.members, members: undefined }).filter((c) => c.path === 'object');
      candidates.push(...members.filter((m) => !candidates.some((c) => c.subject.key === m.subject.key && c.object.key === m.object.key)));
    }
    if (!candidates.some((c) => c.object.type === 'Agreement')) candidates.push(...focusCandidates(input, clause));
    const memberOffices = clause.members?.length && !veto ? membersOffices(input, clause) : [];
    const stated = [
      ...partyClaims(input, clause, candidates), ...signatoryClaims(input, clause), ...officeClaims(input, clause, veto),
      ...partComplementClaims(input, clause, veto), ...agreedPartyClaims(input, clause, candidates), ...memberOffices,
    ];
    for (const made of stated) {
      if (veto) trace?.push({ rule: made.rule, outcome: 'vetoed', reason: veto, subject: made.subject, object: made.object, type: made.type });
      else {
        claims.push(made);
        trace?.push({ rule: made.rule, outcome: 'fired', subject: made.subject, object: made.object, type: made.type });
      }
    }
    for (const c of candidates) {
      const made = claimFor(input, clause, c);
      if (!made) continue;
      if (veto) {
        trace?.push({ rule: made.rule, outcome: 'vetoed', reason: veto, subject: c.subject.key, object: c.object.key, type: made.type });
        continue;
      }
      claims.push(...made.claims);
      trace?.push({ rule: made.rule, outcome: 'fired', subject: c.subject.key, object: c.object.key, type: made.type });
    }
  }
  // (bound by an agreement whatever the clause's mood: "a deal under which Hungary will buy jets")
  for (const made of input.clauses.flatMap((c) => (c.question ? [] : boundPartyClaims(input, c)))) {
    // (parties the sentence names are the agreement's: "Under a loan signed between the Treasury and the bank, Kenya began")
    if (made.rule === 'clause:acts-under-agreement' && input.partiesNamed?.has(made.subject)) continue;
    if (claims.some((c) => c.type === 'party_to' && c.subject === made.subject && c.object === made.object)) continue;
    claims.push(made);
    trace?.push({ rule: made.rule, outcome: 'fired', subject: made.subject, object: made.object, type: made.type });
  }
  // (a stance the clause's verb already states is not said again: "X criticized the deal, calling it a mistake")
  for (const e of evaluationClaims(input, trace)) if (!claims.some((c) => c.subject === e.subject && c.object === e.object)) claims.push(e);
  return claims;
}

/** Why a clause states nothing real, or undefined. */
function guardOf(input: ClauseInput, clause: Clause): string | undefined {
  if (clause.question) return 'question';
  if (clause.verb.negated) return 'negated';
  // ("Neither X nor Y has agreed": the subjects deny it)
  const first = clause.subjects[0];
  const denying = (t: number): boolean => /^(?:neither|nor)$/.test(input.tokens[t]?.lower ?? '');
  if (first && (denying(first.t0 - 1) || denying(first.t0))) return 'negated ("neither")';
  // ("Atalaya said it would appeal": "would" after a past speech verb is the future of the past, not a condition)
  // (unless a verb of hoping or planning comes between: "said he hoped they would reach an accord")
  if (clause.verb.modal && !(clause.verb.modal === 'would' && clause.speaker && !hopedFor(input.chunks, clause))) return `modal "${clause.verb.modal}"`;
  const sub = subordinatorOf(input.chunks, clause);
  if (sub && CONDITIONAL.has(sub)) return `conditional "${sub}"`;
  return undefined;
}

/** The chunk the clause starts at: its first subject's, else its verb's. */
function clauseStart(chunks: Chunk[], clause: Clause): number {
  const first = clause.subjects[0];
  const at = first ? chunks.indexOf(first) : -1;
  return at >= 0 ? at : clause.at;
}

/** Whether the verb group before the clause's subject is one of hoping, wanting or planning ("hoped [they would]"). */
function hopedFor(chunks: Chunk[], clause: Clause): boolean {
  const from = clauseStart(chunks, clause);
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const c = chunks[k]!;
    if (c.kind === 'vg') return UNREAL_CATENATIVES.has(c.verb!.lemma);
  }
  return false;
}

/** The subordinating word opening the clause, if any ("if X signs"). */
function subordinatorOf(chunks: Chunk[], clause: Clause): string | undefined {
  const first = clause.subjects[0];
  const from = first ? chunks.indexOf(first) : clause.at;
  for (let k = clauseStart(chunks, clause) - 1; k >= 0; k--) {
    const c = chunks[k]!;
    if (c.kind === 'sub') return c.word;
    if (c.kind === 'vg' || (c.kind === 'punct' && c.word !== ',')) return undefined;
    if (c.kind === 'punct' && k < from - 1) return undefined;
  }
  return undefined;
}

/** A noun phrase and the ones coordinated after it, resolved ("Egypt, Ethiopia and Sudan"). */
function coordinatedRefs(input: ClauseInput, np: Chunk, clause: Clause): Ref[] {
  const out: Ref[] = [];
  const k = clause.attachments.findIndex((a) => a.np === np);
  for (const a of clause.attachments.slice(k)) {
    if (a.prep !== clause.attachments[k]!.prep) break;
    for (const r of resolvePhrase(a.np, input.args).refs) if (!out.some((x) => x.key === r.key)) out.push(r);
  }
  return out;
}

/** "Qatar's emir, Sheikh Faisal,": a common-noun phrase followed by a named person in apposition stands for the person. */
function apposed(input: ClauseInput, np: Chunk): Chunk {
  if (np.entities.length) return np;
  const k0 = input.chunks.indexOf(np);
  // ("the seventh president of the United States, Andrew Jackson,": past the description's "of" phrase)
  const ofPhrase = input.chunks[k0 + 1]?.kind === 'prep' && input.chunks[k0 + 1]!.word === 'of' && input.chunks[k0 + 2]?.kind === 'np';
  const comma3 = input.chunks[k0 + 3];
  const k = ofPhrase && comma3?.kind === 'punct' && comma3.word === ',' && input.chunks[k0 + 4]?.entities[0]?.type === 'Person' ? k0 + 2 : k0;
  const comma = input.chunks[k + 1];
  const next = input.chunks[k + 2];
  if (comma?.kind === 'punct' && comma.word === ',' && next?.kind === 'np' && next.entities.length === 1) {
    // ("its own giant dam, Rogun," names the dam; "Qatar's emir, Sheikh Faisal," the emir)
    const after = input.chunks[k + 3];
    // (not the speaker of a reporting clause after it: "X will expand trade links, President Y announced")
    const reporting = after?.kind === 'vg' && SPEECH_VERBS.has(input.tokens[after.head]!.lemma);
    if (!reporting && (next.entities[0]!.type === 'Person' || !after || (after.kind === 'punct' && /^[,.;]$/.test(after.word)))) return next;
  }
  // ("Corafed, the regional confederation to which the HRF belongs": a description in apposition after the name, before
  // a relative clause or a participle)
  // ("Ana Soto, 52, a farmer who lives in Y": past an age in apposition too)
  const aged = isAge(input, input.chunks[k - 2]) && input.chunks[k - 3]?.kind === 'punct' && input.chunks[k - 3]!.word === ',';
  const before = input.chunks[aged ? k - 4 : k - 2];
  if (
    input.chunks[k - 1]?.kind === 'punct' && input.chunks[k - 1]!.word === ',' && before?.kind === 'np' && before.entities.length === 1 &&
    (np.det === 'the' || np.det === 'a' || np.det === 'an') &&
    (input.chunks[k + 1]?.kind === 'rel' || (input.chunks[k + 1]?.kind === 'prep' && input.chunks[k + 2]?.kind === 'rel') ||
      // ("Jua Grid, a Nairobi-based startup founded by X": a participle after a description of a body)
      (input.chunks[k + 1]?.kind === 'vg' && input.chunks[k + 1]!.verb?.form === 'past' && before.entities[0]!.type === 'Organization' &&
        ORG_APPOSITIVES.has(input.tokens[np.head]!.lower)))
  ) return before;
  return np;
}

/** A bare number in apposition: a person's age ("Ana Soto, 52,"). */
const isAge = (input: ClauseInput, c: Chunk | undefined): boolean =>
  !!c && c.kind === 'np' && c.t1 - c.t0 === 1 && /^\d{1,3}$/.test(input.tokens[c.t0]!.text);

const REPORTED_PRONOUNS = new Set(['it', 'they', 'we']);
/** Words in the names of bodies that judge ("Court of Appeal", "Court of Arbitration for Sport"). */
const COURT_WORDS = /\b(?:court|tribunal|arbitration)\b/i;

/** Heads of subject phrases that act for the entity qualifying them ("Hungarian officials", "Russian forces"). */
const STAND_FOR = new Set([
  'official', 'government', 'authority', 'ministry', 'force', 'troop', 'military', 'army', 'navy', 'diplomat', 'lawmaker',
  'legislator', 'leader', 'leadership', 'negotiator', 'side', 'delegation', 'police', 'embassy', 'parliament', 'administration',
  'regime', 'cabinet', 'senator', 'deputy', 'minister', 'representative', 'envoy', 'team', 'company', 'regulator', 'court',
  'prosecutor', 'state', 'people', 'soldier', 'militant', 'fighter', 'member', 'board', 'executive', 'bank', 'agency', 'office',
  'department', 'capital', 'city', 'statement', 'readout', 'spokesman', 'spokeswoman', 'spokesperson', 'media',
  'officer', 'agent', 'investigator', 'detective', 'gunman', 'insurgent', 'rebel', 'jihadist', 'junta', 'economy', 'home', 'hometown',
]);

const subjectRefs = (input: ClauseInput, clause: Clause, list: Chunk[]): Ref[] => {
  const out: Ref[] = [];
  for (const np0 of list) {
    const np = apposed(input, np0);
    // "Norvalt said it had completed...": the pronoun is the organization or country that says so
    const word = np.t1 - np.t0 === 1 ? input.tokens[np.t0]!.lower : '';
    if (REPORTED_PRONOUNS.has(word) && clause.speaker && !input.args.quoted(input.tokens[np.t0]!.start)) {
      const speaker = resolvePhrase(clause.speaker, input.args).refs.find((r) => r.type === 'Organization' || r.type === 'Country');
      if (speaker) {
        if (!out.some((x) => x.key === speaker.key)) out.push({ ...speaker, via: 'pronoun' });
        continue;
      }
    }
    let r = resolvePhrase(np, input.args);
    // "its board approved", "their government said": the owner the possessive stands for
    if (!r.refs.length && np.det && (np.det === 'its' || np.det === 'their') && STAND_FOR.has(input.tokens[np.head]!.lemma)) {
      r = { refs: possessorOf(input, np, new Set()), viaModifier: false };
    }
    // "Dronov's aide spoke" is not Dronov speaking: a qualified subject stands for its qualifier only through nouns
    // like "officials", "government", "forces"
    if (r.viaModifier && !STAND_FOR.has(r.noun ?? '')) r = { refs: [], viaModifier: false };
    // "officials in Brussels", "deputies from X": a person noun qualified by where or whom they are from
    if (!r.refs.length && clause.subjectAttachment && np === clause.subjects[0] && STAND_FOR.has(input.tokens[np.head]!.lemma))
      r = resolvePhrase(clause.subjectAttachment.np, input.args);
    // "Oswald was the lone gunman who killed Kennedy": the complement of a copula is its subject
    const copula = r.refs.length ? undefined : input.clauses.find((c) => c !== clause && c.verb.copula && c.complement === np0 && c.subjects.length);
    if (copula) r = { refs: subjectRefs(input, copula, copula.subjects), viaModifier: false };
    for (const ref of r.refs) if (!out.some((x) => x.key === ref.key)) out.push(ref);
  }
  return out;
};

/** Light verbs whose object noun carries the meaning ("completed its ratification", "paid a visit to"). */
const LIGHT_VERBS = new Set([
  'complete', 'finish', 'give', 'grant', 'pay', 'hold', 'launch', 'carry', 'conduct', 'make', 'express', 'voice',
  'offer', 'lend', 'begin', 'start', 'stage', 'mount', 'issue', 'deliver', 'extend', 'announce', 'open',
]);
/** Nouns naming an event or act, and the verb they stand for. */
const NOMINALIZATIONS = new Map([
  ['ratification', 'ratify'], ['approval', 'approve'], ['visit', 'visit'], ['trip', 'visit'], ['attack', 'attack'], ['strike', 'strike'],
  ['invasion', 'invade'], ['offensive', 'attack'], ['raid', 'raid'], ['support', 'support'], ['backing', 'back'], ['criticism', 'criticize'],
  ['condemnation', 'condemn'], ['recognition', 'recognize'], ['signature', 'sign'], ['investigation', 'investigate'], ['probe', 'investigate'],
  ['review', 'review'], ['acquisition', 'acquire'], ['takeover', 'take over'], ['sanction', 'sanction'], ['accusation', 'accuse'],
  ['warning', 'warn'], ['apology', 'apologize'], ['endorsement', 'endorse'], ['loan', 'lend'], ['credit', 'lend'], ['aid', 'aid'],
  ['assistance', 'assist'], ['praise', 'praise'], ['protest', 'protest'], ['appeal', 'appeal'], ['lawsuit', 'sue'], ['complaint', 'complain'],
  ['detention', 'detain'], ['arrest', 'arrest'], ['expulsion', 'expel'], ['killing', 'kill'], ['assassination', 'assassinate'],
  ['imprisonment', 'imprison'], ['deportation', 'deport'], ['seizure', 'seize'], ['annexation', 'annex'], ['occupation', 'occupy'],
  ['bombing', 'bomb'], ['shelling', 'shell'], ['blockade', 'blockade'], ['extradition', 'extradite'], ['withdrawal', 'withdraw'],
  ['exit', 'exit'],
]);
/** Acts whose doer is named after "of", and the verb and preposition they stand for ("the withdrawal of X from Y"). */
const ACTS_OF_DOERS = new Map<string, [string, string]>([
  ['withdrawal', ['withdraw', 'from']], ['exit', ['exit', 'from']], ['departure', ['withdraw', 'from']],
]);
/** Words that make an act named by a noun unreal ("the planned withdrawal of X"). */
const UNREAL_ACT_WORDS = new Set(['planned', 'proposed', 'possible', 'potential', 'threatened', 'expected', 'future', 'intended', 'mooted']);

/** Relation types of a stance taken toward someone's act, which is one toward them ("condemned X's detention of Y"). */
const STANCES = new Set(['criticizes', 'supports', 'opposes']);

/** "Venezuela completed its ratification": the clause as if its noun were the verb ("Venezuela ratified"). */
function lightVerb(input: ClauseInput, clause: Clause): Clause {
  // "is on a visit to Uruguay", "were on a tour of Brazil"
  const on = clause.attachments[0];
  if (clause.verb.copula && !clause.complement && on?.prep === 'on' && /^(?:visit|trip|tour|mission)$/.test(input.tokens[on.np.head]!.lemma)) {
    const rest = clause.attachments.slice(1).map((a) => (a.prep === 'of' ? { ...a, prep: 'to' } : a));
    return { ...clause, verb: { ...clause.verb, lemma: 'visit', copula: false, chain: [], irrealis: false }, attachments: rest, nominal: true };
  }
  if (!LIGHT_VERBS.has(clause.verb.lemma) || clause.objects.length === 0) return clause;
  const np = clause.objects[clause.objects.length - 1]!;
  if (np.entities.length) return clause;
  // ("its ratification procedures", "the approval process": the act before a word for its stages)
  const head = input.tokens[np.head]!;
  const before = np.head > np.t0 ? input.tokens[np.head - 1]! : undefined;
  const noun =
    before && /^(?:procedure|process|step|phase|formality|bid|plan)$/.test(head.lemma) && NOMINALIZATIONS.has(before.lemma) ? before.lemma : head.lemma;
  const verb = NOMINALIZATIONS.get(noun);
  if (!verb) return clause;
  const [lemma, particle] = verb.split(' ') as [string, string | undefined];
  const objects = clause.objects.slice(0, -1);
  return { ...clause, verb: { ...clause.verb, lemma, ...(particle ? { particle } : {}), chain: [], irrealis: false }, objects, nominal: true };
}

function basePhrase(clause: Clause): Phrase {
  const v = clause.verb;
  return { lemma: v.lemma, ...(v.particle ? { particle: v.particle } : {}), chain: v.irrealis ? v.chain.filter((c) => c !== 'be') : [] };
}

/** Adds a candidate relating two different entities. */
function pushCandidate(out: Candidate[], subject: Ref, object: Ref, phrase: Phrase, path: Candidate['path']): void {
  if (subject.key !== object.key) out.push({ subject, object, phrase, path });
}

function candidatesOf(input: ClauseInput, clause: Clause): Candidate[] {
  const out: Candidate[] = [];
  // "Quillon is based in Cupertino": a stative passive says something of its subject
  const base = basePhrase(clause);
  const stative = clause.verb.passive && !clause.agents.length && clause.attachments.some((a) => framesFor({ ...base, prep: a.prep }).some((f) => f.stative));
  const passive = clause.verb.passive && !stative;
  let subjects = passive ? subjectRefs(input, clause, clause.agents) : subjectRefs(input, clause, clause.subjects);
  // "signed ... by the leaders of Egypt, Ethiopia and Sudan": an agent that stands for whom it is "of"
  if (passive && !subjects.length && clause.agents.length) {
    const agent = clause.agents[clause.agents.length - 1]!;
    const k = input.chunks.indexOf(agent);
    const of = clause.attachments.find((a) => a.prep === 'of' && a.at === k + 2);
    if (of && STAND_FOR.has(input.tokens[agent.head]!.lemma)) subjects = coordinatedRefs(input, of.np, clause);
  }
  if (!subjects.length) return out;
  const exclude = new Set(subjects.map((s) => s.key));
  // Copula: "Finland became BDU's 31st member", "X is a member of Y"
  if (clause.verb.copula && clause.complement) {
    const np = clause.complement;
    const head = input.tokens[np.head]!;
    if (head.pos !== 'NOUN') return out;
    const ofAttachment = clause.attachments.find((a, i) => i === 0 && (a.prep === 'of' || a.prep === 'to'));
    // ("a member of both BDU and the Continental Union": every coordinated object of the preposition)
    const ofAll = ofAttachment
      ? clause.attachments.filter((a, i) => a.prep === ofAttachment.prep && clause.attachments.slice(0, i).every((b) => b.prep === ofAttachment.prep))
      : [];
    const owner = np.possessor
      ? [np.possessor]
      : ofAttachment
        ? ofAll.flatMap((a) => resolvePhrase(a.np, input.args, exclude).refs)
        : np.det && POSSESSIVE_WORDS.has(np.det)
          ? possessorOf(input, np, exclude)
          : np.modifiers.filter((r) => r.type !== 'Person');
    const phrase: Phrase = { lemma: 'be', noun: head.lemma, nounText: head.lower, prep: ofAttachment?.prep ?? 'of', chain: [] };
    for (const s of subjects) for (const o of owner) pushCandidate(out, s, o, phrase, 'complement');
    return out;
  }
  // "Han and Okabe held talks", "the two leaders met": a symmetric verb between coordinated subjects
  const named = subjects.filter((r) => r.via === 'name' || r.via === 'description');
  // ("X and Y met face to face in a session with Z": a "with" further on does not make X and Y one side; "met with Z" does)
  const withs = clause.attachments.filter((a) => a.prep === 'with');
  const withNext = withs.some((a) => input.chunks.slice(clause.at + 1, a.at - 1).every((c) => c.kind === 'adv' || (c.kind === 'np' && c.temporal)));
  if (named.length >= 2 && named.length === subjects.length && !passive && !withNext) {
    const np = clause.objects[0];
    const noun = np && !np.entities.length ? input.tokens[np.head]!.lemma : undefined;
    const phrase: Phrase = noun ? { ...base, noun, nounText: input.tokens[np!.head]!.lower, prep: 'with' } : { ...base, prep: 'with' };
    const mutual = framesFor(phrase).find((f) => f.symmetric) ?? (noun ? undefined : framesFor(base).find((f) => f.symmetric));
    if (mutual && (!np || !np.entities.length)) {
      const sides = [...subjects].sort((a, b) => a.start - b.start);
      for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) pushCandidate(out, sides[i]!, sides[j]!, phrase, 'mutual');
      if (!withs.length) return out;
    }
  }
  // Direct objects (for a passive: the patients)
  const objectPhrases = passive ? clause.subjects : clause.objects;
  let objectNoun: Resolved | undefined;
  const direct: Ref[] = [];
  for (const np of objectPhrases) {
    const r = resolvePhrase(apposed(input, np), input.args, exclude);
    // ("attacked the town of Macomia": a place noun stands for the place it is "of")
    const of = !r.refs.length && PLACE_NOUNS.has(input.tokens[np.head]!.lower) && input.tokens[np.t1]?.lower === 'of'
      ? clause.attachments.find((a) => a.prep === 'of' && a.np.t0 === np.t1 + 1)
      : undefined;
    const place = of ? resolvePhrase(of.np, input.args, exclude).refs.filter((x) => x.type === 'Place' || x.type === 'Country') : [];
    if (place.length) direct.push(...place);
    else if (r.refs.length && !r.viaModifier) direct.push(...r.refs);
    else if (!objectNoun) objectNoun = r;
  }
  // ("condemned the strikes by Chile", "welcomed the decision by X": the agent of the act a known verb takes as its object)
  const last = objectPhrases[objectPhrases.length - 1];
  const byAgent = !passive && !direct.length && last && !last.entities.length && framesFor(base).length
    ? clause.attachments.find((a) => a.prep === 'by' && a.at === input.chunks.indexOf(last) + 2)
    : undefined;
  if (byAgent) direct.push(...resolvePhrase(byAgent.np, input.args, exclude).refs.filter((x) => x.type !== 'Place'));
  if (direct.length) {
    // "gave Venezuela a $4 billion loan": the second object names what goes to the first
    const second = !passive && clause.secondObject && !clause.secondObject.entities.length ? input.tokens[clause.secondObject.head]! : undefined;
    const given: Phrase | undefined = second && second.pos === 'NOUN' ? { ...base, noun: second.lemma, nounText: second.lower, prep: 'to' } : undefined;
    // (only when the lexicon knows what goes: "fined Vantoro 2.4 billion euros" fines Vantoro)
    const phrase: Phrase = given && framesFor(given).length ? given : base;
    for (const s of subjects) for (const o of direct) pushCandidate(out, s, o, phrase, passive ? 'agent' : 'object');
    return out;
  }
  // "Dolan demanded that Russia remove its military": whoever the demand is made of
  if (!passive && DEMANDING.has(clause.verb.lemma) && !objectPhrases.length) {
    const v = clause.at;
    const that = input.chunks[v + 1];
    const np = input.chunks[that?.kind === 'sub' ? v + 2 : v + 1];
    if (np?.kind === 'np' && input.chunks[input.chunks.indexOf(np) + 1]?.kind === 'vg') {
      for (const r of resolvePhrase(np, input.args, exclude).refs) for (const s of subjects) pushCandidate(out, s, r, base, 'object');
      if (out.length) return out;
    }
  }
  // Through a preposition: "travelled to Budapest", "imposed sanctions on Russia"
  let reached = false;
  clause.attachments.forEach((a, i) => {
    if (reached || a.np.temporal) return;
    if (a.prep === 'of' && i > 0) return;
    // (and any the lexicon pairs with the verb: "will stand by the Philippines")
    if (!OPEN_PREPS.has(a.prep) && a.prep !== 'of' && a.prep !== 'as' && !framesFor({ ...base, prep: a.prep }).length) return;
    // ("called for talks with Peru": the talks are with Peru, the call is not; see nominalClaims)
    const before = clause.attachments[i - 1];
    if (a.prep === 'with' && before && before.at === a.at - 2 && TALK_NOUNS.has(input.tokens[before.np.head]!.lemma)) return;
    const target = apposed(input, a.np);
    let r = resolvePhrase(target, input.args, exclude);
    // ("imposed sanctions on a Belarusian arms exporter" is no sanction on Belarus; "flew to the Hungarian capital" is
    // Hungary, and "support for South Africa's case" is for South Africa)
    // (goods stand for who makes them: "tariffs on Chinese steel" are on China)
    if (r.viaModifier && !target.possessor && !STAND_FOR.has(r.noun ?? '') && !GOODS.has(r.noun ?? '')) r = { refs: [], viaModifier: false };
    // ("raids on the offices of Atalaya": the offices stand for whose they are)
    const ofNext = clause.attachments[i + 1];
    if (!r.refs.length && ofNext?.prep === 'of' && ofNext.at === a.at + 2) r = resolvePhrase(ofNext.np, input.args, exclude);
    // ("deployed troops to the border with Peru": the border is the country's)
    if (!r.refs.length && ofNext?.prep === 'with' && ofNext.at === a.at + 2 && /^(?:border|frontier|boundary)$/.test(input.tokens[a.np.head]!.lower)) {
      r = resolvePhrase(ofNext.np, input.args, exclude);
    }
    if (!r.refs.length) return;
    // ("mediated talks between Iran and Chile": both sides)
    if (a.prep === 'between') r = { ...r, refs: [...new Map(coordinatedAfter(input, a.at).map((x) => [x.key, x])).values()] };
    const noun = objectNoun?.noun && !TRANSPARENT_NOUNS.has(objectNoun.noun) ? objectNoun : undefined;
    const nounText = noun ? nounTextOf(input, objectPhrases) : undefined;
    let phrase: Phrase = { ...base, ...(noun ? { noun: noun.noun!, ...(nounText ? { nounText } : {}) } : {}), prep: a.prep };
    // ("paid a visit to Moscow" is "visited Moscow" when the lexicon knows no "visit to")
    if (clause.nominal && !framesFor(phrase).length && framesFor(base).length) phrase = base;
    for (const s of subjects) for (const o of r.refs) pushCandidate(out, s, o, phrase, 'prep');
    reached = true;
  });
  if (reached) return out;
  // Through the object's qualifier: "expelled six Indian diplomats", "visited the Hungarian capital"
  if (objectNoun?.viaModifier && objectNoun.refs.length) {
    const transparent = TRANSPARENT_NOUNS.has(objectNoun.noun ?? '');
    const nounText = transparent ? undefined : nounTextOf(input, objectPhrases);
    const phrase: Phrase = transparent ? base : { ...base, noun: objectNoun.noun!, ...(nounText ? { nounText } : {}), prep: 'of' };
    for (const s of subjects) for (const o of objectNoun.refs) pushCandidate(out, s, o, phrase, 'qualifier');
  }
  return out;
}

/** Nouns of talks: "talks between X and Y" are X and Y meeting. */
const TALK_NOUNS = new Set([
  'talk', 'negotiation', 'meeting', 'summit', 'dialogue', 'consultation', 'call', 'conversation', 'contact',
  'discussion', 'exchange',
]);
/** Prepositions before talks someone comes for or is in ("for talks with", "in talks with"). */
const TALKS_AFTER = new Set(['for', 'in', 'during', 'after']);
/** Verbs of coming for talks or being in them: "flew to Doha for talks with X", "was in talks with Y". */
const COMING_FOR_TALKS = new Set([
  'travel', 'fly', 'arrive', 'go', 'come', 'head', 'journey', 'visit', 'land', 'return', 'gather', 'meet', 'be', 'stay', 'spend', 'remain',
]);
/** Nouns of standing relations between two sides, and the relation: "our union with Belarus". */
const TIE_NOUNS = new Map<string, [string, RelationFamily]>([
  ['union', ['allied_with', 'cooperation']], ['alliance', ['allied_with', 'cooperation']], ['partnership', ['partner_of', 'cooperation']],
  ['cooperation', ['cooperates_with', 'cooperation']], ['tie', ['has_ties_with', 'cooperation']], ['relation', ['has_relations_with', 'diplomatic']],
  ['friendship', ['partner_of', 'cooperation']], ['rivalry', ['rivals', 'conflict']],
  ['dispute', ['disputes_with', 'conflict']], ['feud', ['disputes_with', 'conflict']],
]);

/** The entities of the noun phrase at chunk j and of those coordinated after it ("Armenia and Azerbaijan"). */
function coordinatedAfter(input: ClauseInput, j: number): Ref[] {
  const { chunks } = input;
  const list: Ref[] = [];
  while (chunks[j]?.kind === 'np') {
    list.push(...resolvePhrase(chunks[j]!, input.args).refs);
    if (chunks[j + 1]?.kind === 'conj' || (chunks[j + 1]?.kind === 'punct' && chunks[j + 1]!.word === ',')) j += 2;
    else break;
  }
  return list;
}

/**
 * Relations stated by noun phrases of the sentence: "talks between Armenia and Azerbaijan", "our union with Belarus",
 * "Russia's invasion of Ukraine", "Beijing's support for Moscow".
 */
export function nominalClaims(input: ClauseInput, trace?: ClauseTrace[]): Claim[] {
  const out: Claim[] = [];
  const { chunks, tokens } = input;
  const emit = (rule: string, type: string, label: string, family: RelationFamily, s: Ref, o: Ref): void => {
    if (s.key === o.key) return;
    out.push({ type, label, family, rule, subject: s.key, object: o.key, evidence: input.evidence, confidence: 0.65 });
    trace?.push({ rule, outcome: 'fired', subject: s.key, object: o.key, type });
  };
  chunks.forEach((np, k) => {
    if (np.kind !== 'np' || np.entities.length) return;
    const head = tokens[np.head]!;
    const prep = chunks[k + 1];
    const next = chunks[k + 2];
    if (prep?.kind !== 'prep' || next?.kind !== 'np') return;
    const negated = np.det === 'no' || tokens[np.t0 - 1]?.lower === 'no';
    if (negated) return;
    // "talks between Armenia and Azerbaijan"
    if (TALK_NOUNS.has(head.lemma) && prep.word === 'between') {
      const sides = coordinatedAfter(input, k + 2).filter((r) => ACTORS.has(r.type));
      for (let i = 0; i < sides.length; i++)
        for (let j = i + 1; j < sides.length; j++) emit('nominal:talks-between', 'meets', 'holds talks with', 'diplomatic', sides[i]!, sides[j]!);
      return;
    }
    // "travelled to Doha for talks with X": who comes for talks with someone meets them
    if (TALK_NOUNS.has(head.lemma) && prep.word === 'with' && TALKS_AFTER.has(chunks[k - 1]?.word ?? '')) {
      const clause = input.clauses.find((c) => c.attachments.some((a) => a.np === np));
      if (!clause || !COMING_FOR_TALKS.has(clause.verb.lemma) || clause.verb.negated || clause.verb.modal || clause.verb.passive) return;
      const sides = coordinatedAfter(input, k + 2).filter((r) => ACTORS.has(r.type));
      for (const s of subjectRefs(input, clause, clause.subjects)) {
        for (const o of sides) emit('nominal:comes-for-talks', 'meets', 'holds talks with', 'diplomatic', s, o);
      }
      return;
    }
    // ("the withdrawal of Mali and Niger from ECOWAS": who does it is "of" the act; not "the planned withdrawal of X")
    const actOf = ACTS_OF_DOERS.get(head.lemma);
    if (actOf && prep.word === 'of' && !np.possessor && !input.tokens.slice(np.t0, np.head).some((t) => UNREAL_ACT_WORDS.has(t.lower))) {
      let j = k + 2;
      while (input.chunks[j + 1] && (input.chunks[j + 1]!.kind === 'conj' || isComma(input.chunks[j + 1])) && input.chunks[j + 2]?.kind === 'np') j += 2;
      const to = input.chunks[j + 1];
      const where = input.chunks[j + 2];
      if (to?.kind === 'prep' && to.word === actOf[1] && where?.kind === 'np') {
        const frames = framesFor({ lemma: actOf[0], prep: actOf[1], chain: [] });
        for (const s of coordinatedAfter(input, k + 2)) {
          for (const o of resolvePhrase(where, input.args).refs) {
            const frame = ACTORS.has(s.type) ? pickFrame(frames, s.type, o.type, input.nameOf?.(s.key)) : undefined;
            if (!frame || frame.type === 'none' || frame.type === 'open') continue;
            emit(`nominal:${frame.id}`, frame.type, phraseLabel({ lemma: actOf[0], prep: actOf[1], chain: [] }), frame.family, s, o);
          }
        }
      }
      return;
    }
    const owner = np.possessor ? [np.possessor] : np.det && POSSESSIVE_WORDS.has(np.det) ? possessorOf(input, np, new Set()) : [];
    if (!owner.length) return;
    // "our union with Belarus", "China's partnership with Russia"
    const tie = TIE_NOUNS.get(head.lemma);
    if (tie && prep.word === 'with') {
      const [type, family] = tie;
      for (const o of coordinatedAfter(input, k + 2))
        for (const s of owner) if (ACTORS.has(o.type) && ACTORS.has(s.type)) emit('nominal:ties-with', type, type.replace(/_/g, ' '), family, s, o);
      return;
    }
    // "Russia's invasion of Ukraine", "Beijing's support for Moscow", "Kesari's visit to Kazan"
    const verb = NOMINALIZATIONS.get(head.lemma);
    // ("X condemned Turkey's detention of Y": a stance toward an act is one toward whoever did it)
    const stated = verb ? input.clauses.find((c) => c.objects.includes(np)) : undefined;
    if (stated && !stated.verb.negated && !stated.verb.modal && !stated.verb.irrealis && !stated.verb.passive) {
      const frames = framesFor(basePhrase(stated)).filter((f) => STANCES.has(f.type));
      for (const s of subjectRefs(input, stated, stated.subjects)) {
        for (const o of owner) {
          const frame = pickFrame(frames, s.type, o.type, input.nameOf?.(s.key));
          if (frame && ACTORS.has(o.type)) emit(`nominal:stance-${frame.id}`, frame.type, phraseLabel(basePhrase(stated)), frame.family, s, o);
        }
      }
    }
    if (verb && /^(?:of|on|against|to|for|with|from)$/.test(prep.word)) {
      for (const o of coordinatedAfter(input, k + 2)) {
        for (const s of owner) {
          if (!ACTORS.has(s.type)) continue;
          const frames = framesFor({ lemma: verb, chain: [] }).concat(framesFor({ lemma: verb, prep: prep.word, chain: [] }));
          const frame = pickFrame(frames, s.type, o.type, input.nameOf?.(s.key));
          if (!frame || frame.type === 'none') continue;
          const label = phraseLabel({ lemma: verb, chain: [] });
          emit(`nominal:${frame.id}`, frame.type === 'open' ? typeOfLabel(label) : frame.type, label, frame.family, s, o);
        }
      }
    }
  });
  return out;
}

/** Words that say when someone holds an office, not which ("its new chief executive", "the former minister"). */
const TIME_OF_OFFICE = /^(?:former|new|then|current|outgoing|incoming|future|previous)$/;

/** The title span ending at a noun phrase's head, with its modifier words ("finance minister"), as written. */
function titleOf(input: ClauseInput, np: Chunk): string | undefined {
  for (let t = np.t0; t <= np.head; t++) {
    const span = input.args.titleAt(t);
    if (!span || span.t1 !== np.head + 1) continue;
    let from = t;
    while (from > np.t0 && /^(?:NOUN|ADJ)$/.test(input.tokens[from - 1]!.pos) && !TIME_OF_OFFICE.test(input.tokens[from - 1]!.lower)) from--;
    return input.tokens.slice(from, np.head + 1).map((x) => x.text).join(' ');
  }
  return undefined;
}

const COMPLEMENT_OFFICE_VERBS = /^(?:be|become|remain)$/;
/** "elected X as president", "named X chief executive", "X was appointed foreign minister" */
const APPOINTING_VERBS = /^(?:elect|appoint|name|nominate|choose|pick|install|make|promote|swear|confirm|reappoint|designate|tap)$/;
/** "X served as finance minister", "X kept her post as foreign minister": the subject holds the office after "as". */
const SERVING_VERBS = /^(?:serve|act|continue|remain|stay|keep|retain|return|sit|work)$/;

/** "X resigned as finance minister", "stepped down as chief executive": the subject held the office after "as" and left it. */
const LEAVING_VERBS = /^(?:resign|quit|retire|step)$/;

/** Nouns for a country's officials, whose named members serve it ("two Russian diplomats, including X"). */
const OFFICIAL_NOUNS = new Set(['diplomat', 'official', 'envoy', 'attache', 'attaché', 'officer', 'minister', 'lawmaker', 'legislator', 'senator']);

/** "expelled two Russian diplomats, including X": a member named of a country's officials holds that office of it. */
function membersOffices(input: ClauseInput, clause: Clause): Claim[] {
  const out: Claim[] = [];
  for (const np of clause.objects) {
    const head = input.tokens[np.head]!;
    if (np.entities.length || !OFFICIAL_NOUNS.has(head.lemma)) continue;
    for (const country of np.modifiers.filter((r) => r.type === 'Country')) {
      for (const m of clause.members!) {
        for (const r of resolvePhrase(m, input.args).refs) {
          if (r.type !== 'Person') continue;
          const label = `${titleCase(head.lemma)} of`;
          const rule = 'clause:member-official';
          out.push({ type: 'holds_office', label, family: 'office', rule, subject: r.key, object: country.key, evidence: input.evidence, confidence: 0.6 });
        }
      }
    }
  }
  return out;
}

/** Offices a clause states: "X became Cloudmere's chief executive", "lawmakers elected X as president". */
function officeClaims(input: ClauseInput, clause: Clause, veto: string | undefined): Claim[] {
  if (veto) return [];
  const complement = clause.verb.copula && clause.complement && COMPLEMENT_OFFICE_VERBS.test(clause.verb.lemma);
  const appointed = APPOINTING_VERBS.test(clause.verb.lemma);
  // ("took office as prime minister of Peru", "succeeded X as chief executive of Y": the subject holds the office after "as")
  const takesOffice = clause.verb.lemma === 'take' && clause.objects.some((np) => /^(?:office|power|charge)$/.test(input.tokens[np.head]!.lower));
  const succeeds = /^(?:succeed|replace)$/.test(clause.verb.lemma);
  const serving = (SERVING_VERBS.test(clause.verb.lemma) || takesOffice || succeeds) && !clause.verb.passive
    ? clause.attachments.find((a) => a.prep === 'as')?.np
    : undefined;
  // ("X resigned as South Africa's minister of mines", "stepped down as chief executive of Y": the office they held and left)
  const left = LEAVING_VERBS.test(clause.verb.lemma) && !clause.verb.passive ? clause.attachments.find((a) => a.prep === 'as')?.np : undefined;
  // "X joined Y as finance director": the office is the joined body's
  const joined = clause.verb.lemma === 'join' && !clause.verb.passive ? clause.attachments.find((a) => a.prep === 'as')?.np : undefined;
  // (most clauses are none of these: return before making the closures below)
  if (!complement && !appointed && !serving && !joined && !left) return [];
  const out: Claim[] = [];
  const make = (holders: Ref[], np: Chunk, ofNp: Chunk | undefined, rule: string, own?: Ref[]): void => {
    const title = titleOf(input, np);
    if (!title) return;
    // ("named X as its chief financial officer", "joined Y as finance director": the body the clause names)
    const owners = np.possessor
      ? [np.possessor]
      : ofNp
        ? resolvePhrase(ofNp, input.args).refs
        : own && (!np.det || np.det === 'its' || np.det === 'their' || np.det === 'the')
          ? own.filter((r) => r.type === 'Organization' || r.type === 'Country')
          : np.modifiers.filter((r) => r.type === 'Country' || r.type === 'Organization');
    const unowned = !owners.some((o) => o.type === 'Country' || o.type === 'Organization');
    for (const h of holders) {
      if (h.type !== 'Person') continue;
      input.setTitle(h.key, title, unowned);
      for (const o of owners) {
        if (o.type !== 'Country' && o.type !== 'Organization') continue;
        out.push({
          type: 'holds_office',
          label: `${titleCase(title)} of`,
          family: 'office',
          rule,
          subject: h.key,
          object: o.key,
          evidence: input.evidence,
          confidence: 0.8,
        });
      }
    }
  };
  const next = (np: Chunk): Chunk | undefined => ofPhraseAfter(input, np);
  if (complement) {
    // ("X is president and chief executive of Y": titles coordinated before one "of" are each an office of Y)
    const titles = coordinatedTitles(input, clause.complement!);
    const ofNp = next(titles[titles.length - 1]!);
    for (const np of titles) make(subjectRefs(input, clause, clause.subjects), np, ofNp, 'clause:office-complement');
    out.push(...jobComplementClaims(input, clause));
  }
  if (appointed) {
    const holders = clause.verb.passive ? subjectRefs(input, clause, clause.subjects) : clause.objects.flatMap((np) => resolvePhrase(np, input.args).refs);
    const as = clause.attachments.find((a) => a.prep === 'as')?.np ?? (clause.verb.passive ? clause.objects[0] : clause.objects[1]);
    const appointer = clause.verb.passive ? undefined : subjectRefs(input, clause, clause.subjects);
    if (as) make(holders, as, next(as), 'clause:office-appointed', as.det === 'its' || as.det === 'their' ? appointer : undefined);
    // ("appointed X as chief executive, succeeding Y": Y held the post before)
    const after = input.clauses.find((c) => /^(?:succeed|replace)$/.test(c.verb.lemma) && c.kind === 'participle' && c.subjects === clause.objects);
    if (as && after && !clause.verb.passive) {
      make(after.objects.flatMap((np) => resolvePhrase(np, input.args).refs), as, next(as), 'clause:office-predecessor', appointer);
    }
  }
  if (serving) make(subjectRefs(input, clause, clause.subjects), serving, next(serving), 'clause:office-serving');
  if (left) {
    const held = out.length;
    make(subjectRefs(input, clause, clause.subjects), left, next(left), 'clause:office-left');
    for (const c of out.slice(held)) out.push({ ...c, type: 'resigns_from', label: 'resigns from', rule: 'clause:office-left' });
  }
  if (joined) {
    const bodies = clause.objects.flatMap((np) => resolvePhrase(np, input.args).refs);
    make(subjectRefs(input, clause, clause.subjects), joined, next(joined), 'clause:office-joined', bodies);
  }
  return out;
}

/** "X is a researcher at Y", "who was an engineer with Y": a job that is no title, at an organization, is work for it. */
function jobComplementClaims(input: ClauseInput, clause: Clause): Claim[] {
  const np = clause.complement!;
  const head = input.tokens[np.head]!;
  if (head.pos !== 'NOUN' || titleOf(input, np) || NOT_JOB_NOUNS.has(head.lower) || !/^(?:a|an)$/.test(np.det ?? '')) return [];
  const k = input.chunks.indexOf(np);
  const prep = input.chunks[k + 1];
  if (prep?.kind !== 'prep' || !/^(?:at|with|for)$/.test(prep.word) || input.chunks[k + 2]?.kind !== 'np') return [];
  const owners = resolvePhrase(input.chunks[k + 2]!, input.args).refs.filter((r) => r.type === 'Organization');
  const holders = subjectRefs(input, clause, clause.subjects).filter((r) => r.type === 'Person');
  return holders.flatMap((h) => owners.map((o): Claim => ({
    type: 'works_for',
    label: 'works for',
    family: 'office',
    rule: 'clause:job-complement',
    subject: h.key,
    object: o.key,
    evidence: input.evidence,
    confidence: 0.7,
  })));
}

/** The noun phrase after "of" or "at" right behind `np` ("chief executive of X", "a subsidiary of Y"), if any. */
/** A title's noun phrase and those coordinated after it with "and" ("president and chief executive"). */
function coordinatedTitles(input: ClauseInput, np: Chunk): Chunk[] {
  const out = [np];
  let k = input.chunks.indexOf(np);
  while (input.chunks[k + 1]?.kind === 'conj' && input.chunks[k + 1]!.word === 'and' && input.chunks[k + 2]?.kind === 'np') {
    const other = input.chunks[k + 2]!;
    if (!titleOf(input, other) || other.entities.length) break;
    out.push(other);
    k += 2;
  }
  return out;
}

function ofPhraseAfter(input: ClauseInput, np: Chunk): Chunk | undefined {
  const k = input.chunks.indexOf(np);
  const prep = input.chunks[k + 1];
  return prep?.kind === 'prep' && (prep.word === 'of' || prep.word === 'at') && input.chunks[k + 2]?.kind === 'np' ? input.chunks[k + 2] : undefined;
}

/** "X is headquartered in Y and is a subsidiary of Z": an organization a copula calls a unit of another is part of it. */
function partComplementClaims(input: ClauseInput, clause: Clause, veto: string | undefined): Claim[] {
  const np = clause.complement;
  if (veto || !np || !clause.verb.copula || !COMPLEMENT_OFFICE_VERBS.test(clause.verb.lemma)) return [];
  const ofNp = UNIT_NOUNS.has(input.tokens[np.head]!.lemma) ? ofPhraseAfter(input, np) : undefined;
  if (!ofNp) return [];
  const out: Claim[] = [];
  const owners = resolvePhrase(ofNp, input.args).refs.filter((r) => r.type === 'Organization');
  for (const part of subjectRefs(input, clause, clause.subjects)) {
    if (part.type !== 'Organization') continue;
    for (const o of owners) {
      if (o.key === part.key) continue;
      out.push({ type: 'part_of', label: 'part of', family: 'membership', rule: 'clause:part-complement', subject: part.key, object: o.key,
        evidence: input.evidence, confidence: 0.75 });
    }
  }
  return out;
}

/** Frames that take an agreement as their object (sign, ratify, agree, conclude...). */
const takesAgreement = (frames: VerbFrame[]): boolean => frames.some((f) => f.object?.includes('Agreement') && f.family === 'agreement');
/** The same, leaving out frames that never take the agreement under discussion. */
const takesFocusedAgreement = (frames: VerbFrame[]): boolean => takesAgreement(frames.filter((f) => !f.ownAgreementOnly));

/**
 * "Levitan signed on behalf of Israel", "the treaty was signed on Friday": an agreement verb with no agreement of its
 * own takes the agreement under discussion; so does a stance on "the plan" or "the measure" (see describesFocus).
 */
function focusCandidates(input: ClauseInput, clause: Clause): Candidate[] {
  const key = input.focusAgreement;
  if (!key) return [];
  const stance = stancePhrase(input, clause);
  const base = stance ?? basePhrase(clause);
  // (the agreement, quoted at the chunk that stands for it)
  const onFocus = (subjects: Ref[], at: Chunk): Candidate[] => {
    const head = input.tokens[at.head]!;
    const focus: Ref = { key, type: 'Agreement', t0: at.t0, t1: at.t1, start: head.start, end: head.end, via: 'description' };
    return subjects.map((subject) => ({ subject, object: focus, phrase: base, path: 'object' as const }));
  };
  // ("Japan welcomed the plan", "X backed the measure": a stance on the act under discussion, named by what it is)
  if (!stance && describesFocus(input, clause, base)) return onFocus(subjectRefs(input, clause, clause.subjects), clause.objects[0]!);
  if (!stance && !takesFocusedAgreement(framesFor(base))) return [];
  if (clause.objects.some((np) => np.entities.length) || (clause.verb.passive && clause.subjects.some((np) => np.entities.length))) return [];
  // ("agreed to a settlement", "an arrangement the government agreed": a new agreement, not the one under discussion)
  const own = clause.verb.passive ? clause.subjects : [...clause.objects, ...clause.attachments.map((a) => a.np)];
  if (own.some((np) => np.det === 'a' || np.det === 'an')) return [];
  const subjects = clause.verb.passive ? subjectRefs(input, clause, clause.agents) : subjectRefs(input, clause, clause.subjects);
  return onFocus(subjects, input.chunks[clause.at]!);
}

/** Nouns that describe the agreement or act under discussion ("the plan", "Monday's vote", "the measure"). */
const FOCUS_DESCRIPTIONS = new Set([
  'plan', 'measure', 'vote', 'proposal', 'decision', 'move', 'bill', 'decree', 'text', 'package', 'initiative', 'scheme', 'programme', 'program',
  'offer', 'outcome', 'compromise', 'approval', 'transaction', 'takeover', 'merger', 'acquisition', 'settlement', 'arrangement',
]);

/** Relation types that take a stance on what they are about. */
const STANCE_TYPES = new Set(['welcomes', 'supports', 'opposes', 'criticizes', 'approves', 'praises']);

/** Whether the clause's one object is "the <description>" and its verb takes an agreement as a stance (welcome, back, oppose). */
function describesFocus(input: ClauseInput, clause: Clause, base: Phrase): boolean {
  if (clause.verb.passive || clause.verb.negated || clause.objects.length !== 1) return false;
  const np = clause.objects[0]!;
  if (np.entities.length || !FOCUS_DESCRIPTIONS.has(input.tokens[np.head]!.lemma)) return false;
  // (the bare noun after "the" or a day's possessive: "the plan", "Monday's vote"; not "a plan", "its own plan")
  const det = input.tokens[np.t0]!.lower;
  const dayPossessive = np.head - np.t0 === 2 && input.tokens[np.t0 + 1]!.lower === "'s" && WEEKDAYS[det] !== undefined;
  if (!((det === 'the' && np.head === np.t0 + 1) || dayPossessive)) return false;
  return framesFor(base).some((f) => (!f.object || f.object.includes('Agreement')) && STANCE_TYPES.has(f.type));
}

/**
 * "X dissented", "Y voted against", "Z voted in favour": a stance said with no object of its own, as a phrase whose
 * frame takes the agreement under discussion; undefined when the clause says none.
 */
function stancePhrase(input: ClauseInput, clause: Clause): Phrase | undefined {
  if (clause.objects.length || clause.verb.negated) return undefined;
  const base = { ...basePhrase(clause), chain: [] };
  const stranded = strandedPreposition(input.chunks, clause.at);
  const favour = clause.attachments.find((a) => a.prep === 'in' && /^favou?r$/.test(input.tokens[a.np.head]!.lower));
  const candidates: Phrase[] = [
    ...(favour ? [{ ...base, prep: `in ${input.tokens[favour.np.head]!.lower}` }] : []),
    ...(stranded ? [{ ...base, prep: stranded }] : []),
    ...(clause.attachments.length ? [] : [base]),
  ];
  return candidates.find((p) => framesFor(p).some((f) => f.takesFocus));
}

/** The frames of the verb alone, else with the first of its prepositions, that take an agreement; undefined when none do. */
function agreementFrames(base: Phrase, clause: Clause): VerbFrame[] | undefined {
  const own = framesFor(base);
  if (takesAgreement(own)) return own;
  for (const a of clause.attachments) {
    const frames = framesFor({ ...base, prep: a.prep });
    if (takesAgreement(frames)) return frames;
  }
  return undefined;
}

/**
 * Parties of an agreement a clause talks about: "an agreement had been reached between India and China", "signed a
 * treaty with Japan", "signed for Abu Dhabi", "signed on behalf of Israel".
 */
function partyClaims(input: ClauseInput, clause: Clause, candidates: Candidate[]): Claim[] {
  const out: Claim[] = [];
  // ("entered into a plea agreement with the DOF": the frame may come with the verb's preposition)
  const base = basePhrase(clause);
  const frames = agreementFrames(base, clause);
  if (!frames) return out;
  // The agreement: the clause's own (object, passive patient) or the one a candidate reaches
  let agreement: string | undefined;
  for (const np of clause.verb.passive ? clause.subjects : clause.objects) {
    const r = resolvePhrase(np, input.args);
    const a = r.refs.find((x) => x.type === 'Agreement');
    if (a) agreement = a.key;
  }
  agreement ??= candidates.find((c) => c.object.type === 'Agreement')?.object.key;
  // "Under the five-point declaration, Ethiopia and Eritrea agreed to...": the agreement fronted before the subject
  const fronted = !agreement ? frontedAgreement(input, clause) : undefined;
  if (fronted) {
    agreement = fronted;
    const date = nearestDate(input.dates, input.tokens[input.chunks[clause.at]!.head]!.start);
    for (const r of subjectRefs(input, clause, clause.subjects)) {
      if (r.type !== 'Country' && r.type !== 'Organization') continue;
      out.push(partyClaim(agreement, r, `verb:${frames[0]!.id}+under`, input.evidence, 0.7, date));
    }
  }
  if (!agreement) return out;
  const verb = input.tokens[input.chunks[clause.at]!.head]!;
  const date = nearestDate(input.dates, verb.start);
  // ("agreed to a truce under the auspices of Saudi Arabia and the United States": who mediated it)
  const auspices = clause.attachments.findIndex((a) => a.prep === 'under' && input.tokens[a.np.head]!.lower === 'auspices');
  for (let i = auspices + 1; auspices >= 0 && clause.attachments[i]?.prep === 'of'; i++) {
    for (const r of resolvePhrase(clause.attachments[i]!.np, input.args).refs) {
      if (!ACTORS.has(r.type)) continue;
      const made = { rule: 'verb:agree+auspices', subject: r.key, object: agreement, evidence: input.evidence, confidence: 0.65, ...(date ? { date } : {}) };
      out.push({ type: 'mediates', label: 'mediates', family: 'diplomatic', ...made });
    }
  }
  // ("Berlin acknowledged it in a joint declaration agreed with Namibia": who acts through an agreement made with
  // another, its maker unnamed, made it)
  if (clause.kind === 'participle' && clause.verb.passive && !clause.agents.length && clause.attachments.some((a) => a.prep === 'with')) {
    const rule = `verb:${frames[0]!.id}+acting-through`;
    for (const r of actingThrough(input, clause.subjects[0])) out.push(partyClaim(agreement, r, rule, input.evidence, 0.6, date));
  }
  // ("The United States and Germany unveiled an agreement": announced together, by its parties)
  const joint = frames.find((f) => f.jointParties);
  if (joint && !clause.verb.passive) {
    const sides = subjectRefs(input, clause, clause.subjects).filter((r) => r.type === 'Country' || r.type === 'Organization');
    if (new Set(sides.map((r) => r.key)).size >= 2) {
      for (const r of sides) out.push(partyClaim(agreement, r, `verb:${joint.id}+joint`, input.evidence, 0.6, date));
    }
  }
  for (const a of clause.attachments) {
    if (!/^(?:between|with|for|on behalf of)$/.test(a.prep)) continue;
    const resolved = resolvePhrase(a.np, input.args);
    // ("with small U.S. developers" is not with the United States)
    for (const r of resolved.viaModifier ? [] : resolved.refs) {
      if (r.type !== 'Country' && r.type !== 'Organization') continue;
      // "the agreement Iran signed with the United States": whom it was signed with signed it too
      if (a.prep === 'with' && frames[0]!.id === 'sign') {
        out.push({
          type: 'signed',
          label: 'signs',
          family: 'agreement',
          rule: 'verb:sign+with',
          subject: r.key,
          object: agreement,
          evidence: input.evidence,
          confidence: 0.7,
          ...(date ? { date } : {}),
        });
      }
      out.push(partyClaim(agreement, r, `verb:${frames[0]!.id}+${a.prep.replace(/ /g, '-')}`, input.evidence, 0.7, date));
    }
  }
  return out;
}

/** Prepositions by which a clause acts through an agreement ("in a declaration", "under a deal", "through an accord"). */
const THROUGH_PREPS = new Set(['in', 'under', 'through', 'via']);

/** The countries and organizations of the clause that acts through noun phrase np (its attachment), if any. */
function actingThrough(input: ClauseInput, np: Chunk | undefined): Ref[] {
  const at = np ? input.chunks.indexOf(np) : -1;
  const prep = input.chunks[at - 1];
  if (prep?.kind !== 'prep' || !THROUGH_PREPS.has(prep.word)) return [];
  // (the clause before the phrase, in the same sentence: "Berlin acknowledged ..., in a declaration agreed with X")
  const owner = input.clauses.filter((c) => c.at < at && (c.kind === 'main' || c.kind === 'coordinated')).pop();
  if (!owner || owner.verb.passive || owner.verb.negated || owner.verb.modal) return [];
  return subjectRefs(input, owner, owner.subjects).filter((r) => r.type === 'Country' || r.type === 'Organization');
}

/** A party_to claim of an agreement. */
function partyClaim(agreement: string, party: Ref, rule: string, evidence: Claim['evidence'], confidence: number, date: string | undefined): Claim {
  const dated = date ? { date } : {};
  return { type: 'party_to', label: 'party to', family: 'agreement', rule, subject: agreement, object: party.key, evidence, confidence, ...dated };
}

/** Prepositions of the other side of what a party agreed to do ("agreed to supply gas to Turkey", "agreed to merge with Y"). */
const AGREED_WITH = new Set(['to', 'with']);

/**
 * "Khazar Energy agreed to supply gas to Turkey. The supply deal ...": who agrees to do something with someone, in
 * a sentence about the agreement under discussion (named just before or just after), is a party to it, and so is
 * the other side.
 */
function agreedPartyClaims(input: ClauseInput, clause: Clause, candidates: Candidate[]): Claim[] {
  const agreement = input.focusAgreement;
  if (!agreement || clause.verb.passive || clause.verb.irrealis || !clause.verb.chain.includes('agree')) return [];
  if (candidates.some((c) => c.object.type === 'Agreement')) return [];
  const actor = (r: Ref) => r.type === 'Country' || r.type === 'Organization';
  const others = clause.attachments.filter((a) => AGREED_WITH.has(a.prep)).map((a) => a.np);
  const parties = [...subjectRefs(input, clause, clause.subjects), ...others.flatMap((np) => resolvePhrase(np, input.args).refs)].filter(actor);
  const date = nearestDate(input.dates, input.tokens[input.chunks[clause.at]!.head]!.start);
  return [...new Map(parties.map((r) => [r.key, r])).values()].map((r) => partyClaim(agreement, r, 'clause:agreed-to-do', input.evidence, 0.65, date));
}

/** Nouns of an agreement's parties ("its signatories include X"). */
const PARTY_NOUNS = new Set(['signatory', 'signatories', 'party', 'parties', 'signer', 'signers']);

/**
 * "Its signatories include Fiji and Samoa", "The pact's parties are Chile and Peru", "The signatories of the accord
 * include X": the agreement's parties, named after a verb of including or being.
 */
function signatoryClaims(input: ClauseInput, clause: Clause): Claim[] {
  const np = clause.subjects[0];
  if (!np || clause.verb.negated || clause.verb.modal || !/^(?:include|be|comprise)$/.test(clause.verb.lemma)) return [];
  if (!PARTY_NOUNS.has(input.tokens[np.head]!.lower)) return [];
  const owner = np.possessor?.type === 'Agreement' ? np.possessor.key : undefined;
  const of = clause.subjectAttachment?.prep === 'of' ? agreementKey(input, clause.subjectAttachment.np) : undefined;
  const pronoun = np.det === 'its' || np.det === 'their' ? input.focusAgreement : undefined;
  const agreement = owner ?? of ?? pronoun;
  if (!agreement) return [];
  const named = clause.verb.copula && clause.complement ? [clause.complement] : clause.objects;
  const date = nearestDate(input.dates, input.tokens[input.chunks[clause.at]!.head]!.start);
  return named
    .flatMap((o) => resolvePhrase(o, input.args).refs)
    .filter((r) => r.type === 'Country' || r.type === 'Organization')
    .map((r) => partyClaim(agreement, r, 'clause:signatories-include', input.evidence, 0.7, date));
}

/** The agreement a noun phrase names, if any. */
const agreementKey = (input: ClauseInput, np: Chunk | undefined): string | undefined =>
  np ? resolvePhrase(np, input.args).refs.find((r) => r.type === 'Agreement')?.key : undefined;

/** The agreement of a fronted "under X," before the clause's subject, if any. */
function frontedAgreement(input: ClauseInput, clause: Clause, keep: (np: Chunk) => Chunk | undefined = (np) => np): string | undefined {
  const first = clause.subjects[0];
  const from = first ? input.chunks.indexOf(first) : -1;
  for (let k = from - 1; k >= 1; k--) {
    const c = input.chunks[k]!;
    if (c.kind === 'vg') return undefined;
    if (c.kind !== 'np' || input.chunks[k - 1]!.kind !== 'prep' || input.chunks[k - 1]!.word !== 'under') continue;
    return agreementKey(input, keep(c));
  }
  return undefined;
}

/** Verbs by which an agreement binds someone: "The pact commits China to buy", "the accord obliges Kyiv to hold elections". */
const BINDING = new Set(['commit', 'oblige', 'obligate', 'bind', 'require']);
const DEFINITE = new Set(['the', 'this', 'that']);

/**
 * Who an agreement binds: the countries and organizations that act under it ("a deal under which Hungary will buy
 * jets", "Under the accord, Tarvia withdraws its troops") and those it commits ("The pact commits China to buy").
 */
function boundPartyClaims(input: ClauseInput, clause: Clause): Claim[] {
  const actor = (r: Ref) => r.type === 'Country' || r.type === 'Organization';
  // (not a bare "the pact", which may be another than the one the document last named)
  const described = (np: Chunk | undefined) => np && !(np.t1 - np.t0 <= 2 && DEFINITE.has(input.tokens[np.t0]!.lower)) ? np : undefined;
  const under = clause.attachments.find((a) => a.prep === 'under')?.np;
  let agreement = agreementKey(input, described(under)) ?? (under ? undefined : frontedAgreement(input, clause, described));
  let bound = agreement && !clause.verb.passive ? subjectRefs(input, clause, clause.subjects).filter(actor) : [];
  let rule = 'clause:acts-under-agreement';
  if (!agreement && !clause.verb.passive && BINDING.has(input.tokens[input.chunks[clause.at]!.head]!.lemma)) {
    agreement = clause.subjects.map((np) => agreementKey(input, np)).find((k) => !!k);
    bound = agreement ? clause.objects.flatMap((np) => resolvePhrase(np, input.args).refs).filter(actor) : [];
    rule = 'clause:agreement-binds';
  }
  if (!agreement) return [];
  const date = nearestDate(input.dates, input.tokens[input.chunks[clause.at]!.head]!.start);
  return [...new Map(bound.map((r) => [r.key, r])).values()].map((r) => partyClaim(agreement!, r, rule, input.evidence, 0.65, date));
}

const POSSESSIVE_WORDS = new Set(['our', 'their', 'its', 'his', 'her', 'my']);

/** Who "our"/"its"/"his" in a noun phrase stands for: the speaker's country in a quote, else the discourse. */
function possessorOf(input: ClauseInput, np: Chunk, exclude: Set<string>): Ref[] {
  const t = input.tokens[np.t0]!;
  const as = (key: string | undefined, type: EntityType | undefined): Ref[] =>
    key && type ? [{ key, type, t0: np.t0, t1: np.t0 + 1, start: t.start, end: t.end, via: 'pronoun' }] : [];
  if (t.lower === 'our' || t.lower === 'my') {
    if (!input.args.quoted(t.start)) return [];
    const key = input.args.speakerCountry(t.start);
    return as(key, key ? 'Country' : undefined);
  }
  if (t.lower === 'its' || t.lower === 'their') {
    const n = input.args.discourse.owner(t.start, exclude);
    return as(n?.key, n?.type);
  }
  const key = input.args.discourse.person(t.start, exclude);
  return as(key, 'Person');
}

/** The written head noun of the first object phrase ("diplomats"). */
function nounTextOf(input: ClauseInput, phrases: Chunk[]): string | undefined {
  const np = phrases[0];
  return np ? input.tokens[np.head]!.lower : undefined;
}

/** Verbs of the employ frame that, with "as" and an office, appoint someone to it ("named X as finance minister"). */
const NAMING_VERBS = new Set(['name', 'tap', 'pick', 'choose', 'install', 'appoint', 'reappoint', 'designate']);

/** Goods a country's adjective qualifies, which stand for the country in trade ("tariffs on Chinese steel"). */
const GOODS = new Set([
  'good', 'import', 'export', 'product', 'steel', 'aluminium', 'aluminum', 'car', 'vehicle', 'chip', 'semiconductor', 'panel',
  'oil', 'gas', 'grain', 'wheat', 'soybean', 'beef', 'wine', 'textile', 'commodity', 'shipment',
]);

/** Turns a candidate into claims through the verb lexicon (or as an open relation). */
function claimFor(input: ClauseInput, clause: Clause, c: Candidate): { claims: Claim[]; rule: string; type: string } | undefined {
  let frames = framesFor(c.phrase);
  if (!clause.verb.passive && frames.some((f) => f.passiveOnly)) frames = frames.filter((f) => !f.passiveOnly);
  // "criticized Ulaanbaatar's decision": the verb's own frame, when the noun it goes through has none (or none that
  // fits these arguments: "Chile rejected Peru's claims" is no court's ruling)
  const fits = frames.length ? pickFrame(frames, c.subject.type, c.object.type, input.nameOf?.(c.subject.key)) : undefined;
  if (!fits && c.path === 'qualifier')
    frames = framesFor({ ...c.phrase, noun: undefined, prep: undefined }).filter((f) => f.type !== 'open' && f.type !== 'none');
  const frame = pickFrame(frames, c.subject.type, c.object.type, input.nameOf?.(c.subject.key));
  if (!frame && frames.length) return undefined; // the lexicon knows the verb, and these arguments do not fit it
  if (frame?.type === 'none') return undefined; // verbs of thinking and saying relate nobody to anybody
  if (!frame) {
    // An open relation: an actor does something to an entity, through a preposition that takes arguments
    if (!ACTORS.has(c.subject.type)) return undefined;
    if (c.path === 'prep' && c.phrase.prep && (FRAME_ONLY_PREPS.has(c.phrase.prep) || (FRAME_ONLY_WITHOUT_NOUN.has(c.phrase.prep) && !c.phrase.noun)))
      return undefined;
    if (c.path === 'complement') return undefined;
    if (c.phrase.lemma === 'be' || c.phrase.lemma === 'have' || c.phrase.lemma === 'do' || c.phrase.lemma === 'say') return undefined;
    // ("has long-running disputes with": a hyphenated word the tagger took for the verb is an adjective)
    if (c.phrase.lemma.includes('-')) return undefined;
  }
  const verbToken = input.tokens[input.chunks[clause.at]!.head]!;
  // ("was born in", "is based in": a stative passive keeps its participle)
  const stative = clause.verb.passive && !clause.agents.length && frame?.stative && !c.phrase.chain.length;
  // (a frame read the other way round is labelled by its type: "X is owned by Y" is "X part of Y", not "X owns Y")
  const reversed = frame?.inverse && frame.type !== 'open';
  const label =
    frame?.type === 'party_to'
      ? 'party to'
      : reversed
        ? frame!.type.replace(/_/g, ' ')
        : stative
          ? [verbToken.lower, c.phrase.particle, c.phrase.prep].filter(Boolean).join(' ')
          : phraseLabel(c.phrase);
  // (an unreal event keeps its whole phrase: "expects to travel to" is no visit)
  // ("sanctioned three Hong Kong-based companies": done to some of a country's, not to the country, keeps its phrase)
  const throughNoun = c.path === 'qualifier' && !!c.phrase.noun && !!frame?.phraseThroughNoun;
  let type = !frame || frame.type === 'open' || c.phrase.chain.length || throughNoun ? typeOfLabel(label) : frame.type;
  // ("named X as her finance minister", "tapped Y as chief executive": naming someone to an office appoints them)
  const appoints = frame?.id === 'employ' && NAMING_VERBS.has(c.phrase.lemma) && !c.phrase.chain.length &&
    clause.attachments.some((a) => a.prep === 'as' && !!titleOf(input, a.np));
  if (appoints) type = 'appoints';
  // ("took the case to the Supreme Court", "asked the Court of Appeal to", "appealed the ruling to": a court is
  // appealed to, not sued or asked)
  const toCourt = c.object.type === 'Organization' && COURT_WORDS.test(input.nameOf?.(c.object.key) ?? c.object.key);
  if (toCourt && !c.phrase.chain.length && (frame?.id === 'sue' || frame?.id === 'demand' || /^appeal|_appeal_/.test(type))) type = 'appeals_to';
  const family: RelationFamily = frame?.family ?? 'other';
  const rule = `${frame ? `verb:${frame.id}` : `open:${c.path}`}${c.phrase.chain.length ? '+unreal' : ''}`;
  const [subject, object] = frame?.inverse ? [c.object, c.subject] : [c.subject, c.object];
  const date = nearestDate(input.dates, verbToken.start);
  const speaker = clause.speaker ? resolvePhrase(clause.speaker, input.args).refs[0] : undefined;
  const base = {
    evidence: input.evidence,
    confidence: frame ? 0.75 : 0.6,
    ...(date ? { date } : {}),
    ...(speaker && speaker.key !== subject.key && speaker.key !== object.key ? { source: speaker.key } : {}),
  };
  const claims: Claim[] = [{ type, label, family, rule, subject: subject.key, object: object.key, ...base }];
  if (frame?.parties && object.type === 'Agreement' && (subject.type === 'Country' || subject.type === 'Organization')) {
    claims.push({ type: 'party_to', label: 'party to', family: 'agreement', rule: `${rule}+parties`, subject: object.key, object: subject.key, ...base });
  }
  // ("signed the protocols in Zurich": where an agreement was signed)
  if (frame?.id === 'sign' && object.type === 'Agreement' && !c.phrase.chain.length) {
    for (const a of clause.attachments) {
      if (a.prep !== 'in' && a.prep !== 'at') continue;
      for (const place of a.np.entities.filter((r) => r.type === 'Place')) {
        if (claims.some((x) => x.type === 'signed_in' && x.object === place.key)) continue;
        claims.push({ type: 'signed_in', label: 'signed in', family: 'agreement', rule: `${rule}+place`, subject: object.key, object: place.key, ...base });
      }
    }
  }
  return { claims, rule, type };
}

/** Frame ids with their examples, for the tests. */
export type { VerbFrame };
