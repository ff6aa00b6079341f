// kg/extract/grammar: the shapes of the grammar layer: entity references, chunks (noun phrases, verb groups,
// prepositions, conjunctions, relative and subordinating words) and clauses (subject, verb group, objects and
// prepositional attachments, with negation, modality and voice). Types only.
import type { EntityType } from '../../model/types.js';

/** An entity a stretch of the sentence refers to: named there, or by a pronoun or description resolved to it. */
export interface Ref {
  key: string;
  type: EntityType;
  /** Token range [t0, t1) in the sentence and character offsets in the document. */
  t0: number;
  t1: number;
  start: number;
  end: number;
  /** How the sentence refers to it. */
  via: 'name' | 'pronoun' | 'description' | 'modifier';
}

export type ChunkKind = 'np' | 'vg' | 'prep' | 'conj' | 'rel' | 'sub' | 'punct' | 'adv' | 'other';

/** What a verb group says about its verb. */
export interface VerbInfo {
  /** Token index of the main verb (the last verb of the group). */
  main: number;
  lemma: string;
  /** Phrasal particle ("step up", "call off"). */
  particle?: string;
  /** Verbs before the main one in a catenative chain ("agreed to buy": ["agree"]). */
  chain: string[];
  negated: boolean;
  /** A modal of possibility or obligation (would, could, may, might, should, must, can). */
  modal?: string;
  /** The chain makes the event unreal: planned, wanted, threatened, proposed. */
  irrealis: boolean;
  passive: boolean;
  past: boolean;
  /** be / become / remain with no other verb. */
  copula: boolean;
  /**
   * finite: has an auxiliary or a present form; past: a bare past form (finite past or participle, which the clause
   * decides); ing: a bare -ing form; infinitive: opens with "to".
   */
  form: 'finite' | 'past' | 'ing' | 'infinitive';
  /** Token indices of the group's auxiliaries (for merging a split group: "had for months complained"). */
  auxOnly: boolean;
}

/** A chunk: a run of tokens with one grammatical role. */
export interface Chunk {
  kind: ChunkKind;
  t0: number;
  t1: number;
  /** Lower-case text of one-word chunks (prepositions, conjunctions, relative and subordinating words). */
  word: string;
  /** Noun phrases: token index of the head. */
  head: number;
  /** Noun phrases: the entities the phrase names (coordinations inside one phrase give several). */
  entities: Ref[];
  /** Noun phrases: entities qualifying a common-noun head ("Indian diplomats", "Sweden's bid", "its ambassador"). */
  modifiers: Ref[];
  /** Noun phrases: the possessor ("Sweden's" in "Sweden's prime minister"). */
  possessor?: Ref;
  /** Noun phrases: the determiner or possessive pronoun that opens it. */
  det?: string;
  /** Noun phrases: the phrase is only a date or time ("on Monday", "last month"). */
  temporal: boolean;
  /** Verb groups. */
  verb?: VerbInfo;
}

/** A prepositional attachment of a clause. */
export interface Attachment {
  prep: string;
  np: Chunk;
  /** Chunk index of the noun phrase. */
  at: number;
}

export type ClauseKind = 'main' | 'relative' | 'coordinated' | 'participle' | 'subordinate' | 'complement';

/** One clause around one verb group. */
export interface Clause {
  /** Chunk index of the verb group. */
  at: number;
  verb: VerbInfo;
  kind: ClauseKind;
  /** The subject phrase(s), coordinations expanded; for a passive, the patient. */
  subjects: Chunk[];
  /** The direct object phrase(s), coordinations expanded. */
  objects: Chunk[];
  /** Named members of a plural object ("expelled six diplomats, among them [X]"): objects of their own too. */
  members?: Chunk[];
  /** A second object ("gave Venezuela [a loan]"). */
  secondObject?: Chunk;
  /** Prepositional attachments after the verb, in order. */
  attachments: Attachment[];
  /** Passive agent ("by X"), coordinations expanded. */
  agents: Chunk[];
  /** A prepositional phrase qualifying the subject ("officials in Brussels", "deputies from X"). */
  subjectAttachment?: Attachment;
  /** Copular complement ("became BDU's 31st member"). */
  complement?: Chunk;
  /** The clause is reported by someone ("X said (that) ..."): the speaker phrase. */
  speaker?: Chunk;
  /** The lemma of the speech verb that reports the clause ("allege" in "X alleged that ..."). */
  reportVerb?: string;
  /** All the speakers when the speech verb has coordinated subjects ("X and Y said ..."); `speaker` is the first. */
  speakers?: Chunk[];
  /** A subordinator opening the clause (if, while, after...). */
  subordinator?: string;
  /** The sentence is a question. */
  question: boolean;
  /** An auxiliary-only group whose verb came later ("had [for months] complained"): no clause of its own. */
  absorbed?: boolean;
  /** The verb is a pro-verb standing for the clause before ("though Hungary did"): verb and objects are that clause's. */
  elided?: boolean;
  /** The verb is a light verb read through its object noun ("completed its ratification" as "ratified"). */
  nominal?: boolean;
}
