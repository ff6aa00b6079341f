// kg/extract: Document -> Extraction. Runs the per-document stages in order: sentences (tokens, mentions,
// agreements, dates), local entity keys (in-document coreference), role claims, then sentence claims (verb
// relations, party_to, agreement dates and status). Pure and per document; entity keys are local (resolve
// makes them global). Each stage is its own module and function, which also keeps them cheap to optimize.
import type { EntityType, Extraction, KgDocument } from '../model/types.js';
import { analyseSentence } from './grammar/analyse.js';
import { addPhraseClaims } from './rules/phrase-engine.js';
import { parseDocDate } from './dates.js';
import { Registry, type DocumentContext } from './document-context.js';
import { registerEntities } from './document-entities.js';
import { addSentenceClaims } from './document-relations.js';
import { addRoleClaims, inferUnqualifiedOffices } from './document-roles.js';
import { readSentences } from './document-sentences.js';
import { findQuoteRegions } from './quotes.js';
import { countWords } from './tokens.js';

/** Extracts entities and claims from one document. */
export function extractDocument(doc: KgDocument): Extraction {
  const text = doc.text;
  const ctx: DocumentContext = {
    docId: doc.id,
    text,
    ...(doc.date ? { docDate: doc.date } : {}),
    sentences: readSentences(text, parseDocDate(doc.date)),
    quotes: findQuoteRegions(text),
    registry: new Registry(),
    claims: [],
  };
  registerEntities(ctx);
  const typeOf = (key: string): EntityType | undefined => ctx.registry.get(key)?.type;
  const grammars = ctx.sentences.map((s) => analyseSentence(s, typeOf));
  addPhraseClaims(ctx, grammars);
  const affiliation = addRoleClaims(ctx);
  addSentenceClaims(ctx, affiliation, grammars);
  inferUnqualifiedOffices(ctx);

  const { text: _t, ...meta } = doc;
  const entities = [...ctx.registry.entities.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { doc: { ...meta, words: countWords(text) }, entities, claims: ctx.claims };
}
