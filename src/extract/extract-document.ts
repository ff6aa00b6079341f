// kg/extract: Document -> Extraction. Runs the per-document stages in order: sentences (tokens, mentions,
// agreements, dates), local entity keys (in-document coreference), role claims, then sentence claims (verb
// relations, party_to, agreement dates and status). Pure and per document; entity keys are local (resolve
// makes them global). Each stage is its own module and function, which also keeps them cheap to optimize.
import type { EntityType, Extraction, KgDocument } from '../model/types.js';
import { analyseSentence, type SentenceGrammar } from './grammar/analyse.js';
import type { ClauseTrace } from './relations/clause-relations.js';
import { addPhraseClaims, type PhraseTrace } from './rules/phrase-engine.js';
import { parseDocDate } from './dates.js';
import { Registry, type DocumentContext, type SentenceData } from './document-context.js';
import { registerEntities } from './document-entities.js';
import { addSentenceClaims } from './document-relations.js';
import { addImpliedRelations, addRoleClaims, inferUnqualifiedOffices, nameCounterparts } from './document-roles.js';
import { addBodyClaims } from './document-bodies.js';
import { addListedSanctions } from './document-sanctions.js';
import { addSignatoryParties } from './document-signatories.js';
import { addGazetteerLocations } from './document-gazetteer-locations.js';
import { addLocationChains } from './document-locations.js';
import { readSentences } from './document-sentences.js';
import { findQuoteRegions } from './quotes.js';
import { countWords } from './tokens.js';

/** What `kg explain` needs from an extraction: each sentence's grammar and what rules vetoed there. */
export interface ExtractTrace {
  sentences: SentenceData[];
  grammars: SentenceGrammar[];
  /** Per sentence index: rule outcomes of the phrase rules and the clause analysis (fired and vetoed). */
  phrase: Map<number, PhraseTrace[]>;
  clause: Map<number, ClauseTrace[]>;
  registry: Registry;
}

/** Extracts entities and claims from one document. */
export function extractDocument(doc: KgDocument): Extraction {
  return runExtraction(doc);
}

/** Extracts one document and keeps what `kg explain` shows: each sentence's grammar and the rules' outcomes. */
export function extractWithTrace(doc: KgDocument): { extraction: Extraction; trace: ExtractTrace } {
  const trace: Partial<ExtractTrace> = {};
  const extraction = runExtraction(doc, trace);
  return { extraction, trace: trace as ExtractTrace };
}

/** A lone capitalized word seen once is an entity only if some claim relates it. */
function dropUnrelatedTentative(ctx: DocumentContext): void {
  if (!ctx.tentative.size) return;
  const related = new Set<string>();
  for (const c of ctx.claims) related.add(c.subject), related.add(c.object);
  for (const key of ctx.tentative) if (!related.has(key)) ctx.registry.entities.delete(key);
  ctx.claims = ctx.claims.filter((c) => !c.source || ctx.registry.entities.has(c.source) || (delete c.source, true));
}

function runExtraction(doc: KgDocument, trace?: Partial<ExtractTrace>): Extraction {
  const text = doc.text;
  const ctx: DocumentContext = {
    docId: doc.id,
    text,
    ...(doc.date ? { docDate: doc.date } : {}),
    sentences: readSentences(text, parseDocDate(doc.date)),
    quotes: findQuoteRegions(text),
    registry: new Registry(),
    claims: [],
    tentative: new Set(),
    statedTitles: new Map(),
  };
  registerEntities(ctx);
  const typeOf = (key: string): EntityType | undefined => ctx.registry.get(key)?.type;
  const grammars = ctx.sentences.map((s) => analyseSentence(s, typeOf));
  const phraseTraces = trace ? new Map<number, PhraseTrace[]>() : undefined;
  const clauseTraces = trace ? new Map<number, ClauseTrace[]>() : undefined;
  addPhraseClaims(ctx, grammars, phraseTraces);
  const affiliation = addRoleClaims(ctx);
  addSentenceClaims(ctx, affiliation, grammars, clauseTraces);
  addListedSanctions(ctx);
  inferUnqualifiedOffices(ctx);
  nameCounterparts(ctx);
  addBodyClaims(ctx);
  addImpliedRelations(ctx);
  addSignatoryParties(ctx);
  addGazetteerLocations(ctx);
  addLocationChains(ctx);
  dropUnrelatedTentative(ctx);
  if (trace) Object.assign(trace, { sentences: ctx.sentences, grammars, phrase: phraseTraces, clause: clauseTraces, registry: ctx.registry });

  const { text: _t, ...meta } = doc;
  const entities = [...ctx.registry.entities.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { doc: { ...meta, words: countWords(text) }, entities, claims: ctx.claims };
}
