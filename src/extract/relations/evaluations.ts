// kg/extract/relations: stances said as evaluations. "X said the deal was a dangerous mistake", "Y said the pact was
// an essential step", "Z called the charge outrageous", "W dismissed it as meritless": a reported clause about an
// entity (or a verb of calling with that entity as its object) whose words judge it gives the speaker's criticism or
// welcome of that entity. The judging words are a lexicon of general English (EVALUATIVE below), read by lemma;
// a negated clause turns them round ("was not a win"). Pure: reads the clause analysis, writes claims.
import type { Claim, EntityType } from '../../model/types.js';
import { nearestDate } from '../dates.js';
import type { Chunk, Clause, Ref } from '../grammar/types.js';
import type { Token } from '../tokens.js';
import { resolvePhrase } from './arguments.js';
import type { ClauseInput, ClauseTrace } from './clause-relations.js';

const set = (s: string): ReadonlySet<string> => new Set(s.split('|').map((w) => w.trim()).filter(Boolean));

/** Lemmas that judge what the clause is about: against it. */
const NEGATIVE = set(
  'threat|weakness|outrageous|meritless|baseless|groundless|unfounded|absurd|unacceptable|mistake|disaster|disastrous|' +
    'betrayal|dangerous|shameful|illegal|unlawful|unjust|unfair|failure|flawed|irresponsible|reckless|harmful|' +
    'damaging|treason|provocation|provocative|hypocrisy|hypocritical|cynical|misguided|misunderstanding|catastrophic|' +
    'undermine|destabilize|destabilise|setback|insult|outrage|scandal|farce|sham|travesty|surrender|capitulation|' +
    'appeasement|ridiculous|nonsense|propaganda|blackmail|bullying|coercion|aggression|interference|backstab|' +
    'irrational|regrettable|deplorable|unprecedented attack|step backward|backward|humiliation|humiliating|stab|' +
    'violation|sabotage|disgrace|disgraceful|appalling|alarming|worrying|troubling|dishonest|deceitful',
);

/** Lemmas that judge what the clause is about: for it. */
const POSITIVE = set(
  'essential|groundbreaking|historic|milestone|breakthrough|constructive|landmark|success|successful|win|' +
    'valuable|beneficial|encouraging|excellent|achievement|progress|triumph|boost|vital|positive|welcome|' +
    'important step|step forward|good news|great deal|good deal|win-win|model|example|remarkable|promising|' +
    'momentous|significant step|new chapter|turning point|game-changer|game changer',
);

/**
 * Verbs of a reported clause that say what its subject is or does to others ("the deal was a mistake", "the ruling
 * marks a milestone", "the decision had created a threat"): only these carry the speaker's judgement of the subject
 * (a reported "X denounced Y" is X's stance, not the speaker's).
 */
const JUDGED_VERBS = set(
  'be|become|remain|seem|look|sound|mark|represent|constitute|create|pose|undermine|threaten|harm|damage|hurt|endanger|' +
    'weaken|violate|betray|reward|embolden|open|pave|help|show|prove|offer|bring|set|send|lay',
);

/**
 * Wrongs: a reported clause that says its subject did one of these, or was behind or responsible for something, is the
 * speaker's accusation ("Ghana said Burkina Faso had armed the rebels", "Norway said the group was behind the attack").
 */
const WRONGDOING = set(
  'deceive|defraud|mislead|bribe|launder|steal|embezzle|violate|breach|arm|attack|kill|murder|torture|abuse|harass|spy|' +
    'hack|interfere|cheat|smuggle|sabotage|bomb|shell|invade|lie|collude|conspire|manipulate|falsify|fabricate|forge|evade|' +
    'harbour|harbor|orchestrate|plot|sponsor|finance terrorism|incite|persecute|detain|kidnap|abduct|loot|rig|fix|plunder',
);
/** What, after "be", says its subject caused a wrong ("was behind", "is responsible for", "was to blame"). */
const CULPABLE = set('behind|responsible|blame|guilty|culpable|complicit');

/** Speech verbs that accuse the subject of what they report ("Chile alleged that Peru had funded the rebels"). */
const ACCUSING_SPEECH = set('allege');

/** Verbs by which evidence points at someone ("evidence linking X to the killing"), and what the evidence is. */
const LINKING = set('link|tie|connect|implicate');
const EVIDENCE_NOUNS = set('evidence|allegation|intelligence|proof|information|indication|sign');
/** Wrongs named as nouns, what linking evidence ties someone to ("to the killing", "to a campaign of violence"). */
const WRONG_NOUNS = set(
  'killing|murder|homicide|assassination|attack|bombing|violence|extortion|plot|hack|hacking|poisoning|abduction|kidnapping|' +
    'crime|fraud|bribery|corruption|sabotage|explosion|shooting|death|massacre|terrorism|espionage|interference|disappearance',
);

/** Verbs whose object the rest of the clause judges ("called it outrageous", "described the deal as a milestone"). */
const CALLING = set('call|describe|brand|label|term|characterize|characterise|deem|consider|view|see|hail|dismiss|denounce|decry');

/** Of those, the ones that judge on their own ("dismissed the charge as politically motivated"). */
const CALLING_NEGATIVE = set('dismiss|denounce|decry');

/** What a positive judgement of an entity of each type is called. */
const POSITIVE_TYPE: Partial<Record<EntityType, 'welcomes' | 'praises'>> = {
  Agreement: 'welcomes',
  Event: 'welcomes',
  Other: 'welcomes',
  Person: 'praises',
  Country: 'praises',
  Organization: 'praises',
};

const ACTORS = new Set<EntityType>(['Person', 'Country', 'Organization']);

/** What a speaker's words make of a target: the claim's type and family. */
interface Stance {
  type: Claim['type'];
  family: Claim['family'];
}
const ACCUSATION: Stance = { type: 'accuses', family: 'conflict' };

/** Nouns that, in a clause with no entity of its own, stand for the agreement under discussion ("the deal was a win"). */
const AGREEMENT_NOUNS = set('agreement|deal|accord|pact|treaty|plan|text|decision|arrangement|framework|compromise|settlement|ceasefire|truce');

/** The polarity of the words in tokens [t0, t1): 1, -1, or 0 when they say both or neither. */
function polarity(input: ClauseInput, t0: number, t1: number): number {
  let pos = 0;
  let neg = 0;
  for (let t = t0; t < t1; t++) {
    const tok = input.tokens[t]!;
    const two = t + 1 < t1 ? `${tok.lemma} ${input.tokens[t + 1]!.lemma}` : '';
    if (NEGATIVE.has(tok.lemma) || NEGATIVE.has(tok.lower) || NEGATIVE.has(two)) neg++;
    if (POSITIVE.has(tok.lemma) || POSITIVE.has(tok.lower) || POSITIVE.has(two)) pos++;
  }
  return pos && !neg ? 1 : neg && !pos ? -1 : 0;
}

/** The last token index (exclusive) a clause's own phrases reach. */
function clauseEnd(input: ClauseInput, clause: Clause): number {
  let end = input.chunks[clause.at]!.t1;
  const reach = (np: Chunk | undefined): void => {
    if (np && np.t1 > end) end = np.t1;
  };
  clause.objects.forEach(reach);
  clause.attachments.forEach((a) => reach(a.np));
  reach(clause.secondObject);
  reach(clause.complement);
  // (an adjective or a quoted phrase right after the last phrase is the judgement: "called the charge outrageous")
  while (end < input.tokens.length && /^(?:ADJ|ADV|NOUN|PUNCT)$/.test(input.tokens[end]!.pos) && input.tokens[end]!.text !== ',') end++;
  return end;
}

/** What a phrase the clause judges stands for: its entities, else the agreement under discussion for "the deal". */
function judged(input: ClauseInput, np: Chunk): Ref[] {
  const head = input.tokens[np.head]!;
  // ("said a credible debt deal is essential": a deal in general, not one the document names)
  if (np.det === 'a' || np.det === 'an') return [];
  const r = resolvePhrase(np, input.args);
  // (a judged pronoun is a thing said before, never an actor: "called it a historic day")
  const refs = r.refs.filter((x) => x.type !== 'Place' && (x.via !== 'pronoun' || !ACTORS.has(x.type)));
  if (refs.length) return refs;
  if (r.noun && AGREEMENT_NOUNS.has(r.noun) && input.focusAgreement && np.det && !/^(?:a|an)$/.test(np.det)) {
    return [{ key: input.focusAgreement, type: 'Agreement', t0: np.t0, t1: np.t1, start: head.start, end: head.end, via: 'description' }];
  }
  return [];
}

/** Whether a reported clause says its subject did a wrong: a verb of wrongdoing, or "was behind / responsible for". */
function accusation(input: ClauseInput, clause: Clause): boolean {
  if (WRONGDOING.has(clause.verb.lemma)) return true;
  if (!clause.verb.copula) return false;
  if (clause.attachments.some((a) => a.prep === 'behind')) return true;
  const c = clause.complement;
  return !!c && CULPABLE.has(input.tokens[c.head]!.lemma);
}

const actorRefs = (input: ClauseInput, nps: (Chunk | undefined)[]): Ref[] =>
  nps.flatMap((np) => (np ? resolvePhrase(np, input.args).refs : [])).filter((r) => ACTORS.has(r.type) && r.via !== 'pronoun');

/**
 * Accusations said by pointing at someone: evidence that links them to a wrong ("the police said it had evidence
 * tying agents of the Indian government to a campaign of violence": the police accuse India), or holding them
 * responsible ("Chile held Peru responsible for the bombing"). Undefined when the clause is neither.
 */
function pointedAt(input: ClauseInput, clause: Clause): { accusers: Ref[]; accused: Ref[]; rule: string } | undefined {
  if (clause.verb.negated || clause.verb.passive) return undefined;
  const lemma = input.tokens[input.chunks[clause.at]!.head]!.lemma;
  const object = clause.objects[0];
  if (lemma === 'hold' && object && !clause.speaker) {
    const answerable = (t: Token | undefined): boolean => !!t && /^(?:responsible|accountable)$/.test(t.lower);
    if (!answerable(input.tokens[object.t1 - 1]) && !answerable(input.tokens[object.t1])) return undefined;
    // (the adjective may close the object's phrase: "[Burkina Faso responsible]")
    const accused = [...object.entities, ...object.modifiers].filter((r) => ACTORS.has(r.type));
    return { accusers: actorRefs(input, clause.subjects), accused, rule: 'evaluation:held-responsible' };
  }
  if (!LINKING.has(lemma) || clause.kind !== 'participle' || !object) return undefined;
  const evidence = clause.subjects[0];
  if (!evidence || !EVIDENCE_NOUNS.has(input.tokens[evidence.head]!.lemma) || input.tokens[evidence.t0]!.lower === 'no') return undefined;
  const to = clause.attachments.findIndex((a) => a.prep === 'to');
  if (to < 0) return undefined;
  const wrong = input.tokens.slice(clause.attachments[to]!.np.t0, clauseEnd(input, clause)).some((t) => WRONG_NOUNS.has(t.lemma) || WRONG_NOUNS.has(t.lower));
  if (!wrong) return undefined;
  // (who is linked: the object, or who it belongs to: "agents of the Indian government", "Indian government agents")
  const of = clause.attachments.slice(0, to).filter((a) => a.prep === 'of').map((a) => a.np);
  const accused = actorRefs(input, [object, ...of]);
  // (who points: the one who has or found the evidence, else whoever reports it)
  const holder = input.clauses.find((c) => c !== clause && (c.objects.includes(evidence) || c.complement === evidence));
  const holders = holder && !holder.verb.negated ? actorRefs(input, holder.subjects) : [];
  const accusers = holders.length ? holders : actorRefs(input, clause.speakers ?? [clause.speaker]);
  return { accusers, accused, rule: 'evaluation:evidence-links' };
}

/** The claims of one sentence's evaluations; `trace` (when given) receives what fired. */
export function evaluationClaims(input: ClauseInput, trace?: ClauseTrace[]): Claim[] {
  const out: Claim[] = [];
  // (one claim a speaker, target and type; `stanceOf` says what the speaker's words make of each target)
  const emit = (speakers: Ref[], targets: Ref[], stanceOf: (t: Ref) => Stance | undefined, rule: string, at: number): void => {
    const date = nearestDate(input.dates, input.tokens[at]!.start);
    for (const s of speakers) {
      for (const t of targets) {
        if (s.key === t.key) continue;
        const stance = stanceOf(t);
        if (!stance || out.some((c) => c.subject === s.key && c.object === t.key && c.type === stance.type)) continue;
        const { type, family } = stance;
        out.push({ type, label: type, family, rule, subject: s.key, object: t.key, evidence: input.evidence, confidence: 0.55, ...(date ? { date } : {}) });
        trace?.push({ rule, outcome: 'fired', subject: s.key, object: t.key, type });
      }
    }
  };
  const judgement = (sign: number) => (t: Ref): Stance | undefined => {
    const type = sign < 0 ? 'criticizes' : POSITIVE_TYPE[t.type];
    return type ? { type, family: sign < 0 ? 'conflict' : 'diplomatic' } : undefined;
  };
  for (const clause of input.clauses) {
    if (clause.question || clause.verb.modal || clause.absorbed) continue;
    const verbAt = input.chunks[clause.at]!;
    // "X said it had evidence linking Y to the killing", "X held Y responsible for the attack"
    const pointed = pointedAt(input, clause);
    if (pointed) {
      if (pointed.accusers.length && pointed.accused.length) emit(pointed.accusers, pointed.accused, () => ACCUSATION, pointed.rule, verbAt.head);
      continue;
    }
    // "X said the deal was a mistake": a reported clause judging its subject (or accusing it)
    if (clause.speaker && clause.subjects.length) {
      const accused = !clause.verb.negated && !clause.verb.passive && (ACCUSING_SPEECH.has(clause.reportVerb ?? '') || accusation(input, clause));
      if (!accused && !JUDGED_VERBS.has(clause.verb.lemma)) continue;
      const speakers = (clause.speakers ?? [clause.speaker]).flatMap((np) => resolvePhrase(np, input.args).refs).filter((r) => ACTORS.has(r.type));
      if (accused) {
        const targets = clause.subjects.flatMap((np) => resolvePhrase(np, input.args).refs).filter((r) => ACTORS.has(r.type) && r.via !== 'modifier');
        if (speakers.length && targets.length) emit(speakers, targets, () => ACCUSATION, 'evaluation:accusation', verbAt.head);
        continue;
      }
      let sign = polarity(input, verbAt.t0, clauseEnd(input, clause));
      if (clause.verb.negated) sign = -sign;
      // (what is judged is a thing, or an actor through what it owns: "said Tarvia's missile programme was a
      // threat"; "said the two sides were opening a new chapter" praises nobody)
      const targets = clause.subjects.flatMap((np) => judged(input, np)).filter((r) => !ACTORS.has(r.type) || (r.via === 'modifier' && sign < 0));
      if (speakers.length && targets.length && sign) emit(speakers, targets, judgement(sign), 'evaluation:reported', verbAt.head);
      continue;
    }
    // "Y called the charge outrageous", "Z dismissed it as meritless"
    if (CALLING.has(clause.verb.lemma) && clause.objects.length && !clause.verb.negated && !clause.verb.passive) {
      const speakers = clause.subjects.flatMap((np) => resolvePhrase(np, input.args).refs).filter((r) => ACTORS.has(r.type));
      const object = clause.objects[0]!;
      const targets = judged(input, object).filter((r) => !ACTORS.has(r.type) || r.via === 'name');
      const sign = CALLING_NEGATIVE.has(clause.verb.lemma) ? -1 : polarity(input, object.t1, clauseEnd(input, clause));
      if (speakers.length && targets.length && sign) emit(speakers, targets, judgement(sign), 'evaluation:calling', verbAt.head);
    }
  }
  return out;
}

/** The lexicon's examples, for the tests. */
export const EVALUATION_EXAMPLES = {
  fires: [
    ['Senator Roy Calder said the Lamu Accord was a dangerous mistake.', 'criticizes'],
    ['Prime Minister Ana Ruiz said the Lamu Accord was an essential step for the region.', 'welcomes'],
    ['Foreign Minister Otto Lind called the Lamu Accord a groundbreaking new chapter.', 'welcomes'],
    ['The Polish government dismissed the Lamu Accord as meritless.', 'criticizes'],
    ['Ivo Petrov said the Lamu Accord was not a win for consumers.', 'criticizes'],
    ['Ghana said Burkina Faso had attacked a border post.', 'accuses'],
    ['Norway said China was behind the attack on the port.', 'accuses'],
    ['Ghana alleged that Burkina Faso had funded the rebels.', 'accuses'],
    ['The Ghanaian police said they had evidence linking Burkina Faso to the killing of a journalist.', 'accuses'],
    ['Ghana held Burkina Faso responsible for the bombing.', 'accuses'],
  ],
  silent: [
    'Ivo Petrov said the Lamu Accord would take effect in May.',
    'Ivo Petrov called the Lamu Accord on Monday.',
    'Ghana said Burkina Faso had signed the accord.',
    'Ghana said there was no evidence linking Burkina Faso to the killing.',
    'Ghana said it had evidence linking Burkina Faso to the trade talks.',
    'Ghana held Burkina Faso in high regard.',
  ],
} as const;
