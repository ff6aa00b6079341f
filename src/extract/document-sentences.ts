// kg/extract: the first per-document stage: sentences, tokens, mentions, agreements and dates of each
// sentence, then one type per name across the document. Registers nothing and makes no claims.
import type { EntityType } from '../model/types.js';
import { foldName } from '../util/fold.js';
import { findAgreements } from './agreements.js';
import { findDates, type DocDate } from './dates.js';
import type { SentenceData } from './document-context.js';
import { findMentions, isArabicParticleName } from './mentions.js';
import { splitSentences, type Span } from './sentences.js';
import { tagTokens } from './grammar/tag.js';
import { tokenize, type Token } from './tokens.js';

const BOILERPLATE = new RegExp(
  [
    '^(?:By\\s+\\p{Lu}[^.!?]{0,60}$|',
    '(?:Photo|Photos|Related|Published|Updated|Source|Sources|Credit|Credits|Read more|See also|Watch|Video|Caption|Image|Images|',
    'Advertisement|Copyright|Share|Tags)\\s*:)',
  ].join(''),
  'u',
);

/** Page furniture without a colon: share and follow buttons, copyright lines, related-story headers, wire credits. */
const FURNITURE = new RegExp(
  [
    '^[\\s(]*(?:share (?:on|via|this)\\b|follow (?:us|@)|©|copyright\\b|all rights reserved|sign up\\b|subscribe\\b|read more\\b|',
    'related (?:stories|articles|news|coverage|content|topics)\\b|advertisement\\s*$|click here\\b|',
    '(?:additional )?(?:reporting|editing|writing) by\\b)',
  ].join(''),
  'i',
);

/** Whether token k is part of an e-mail or web address ("press@acme.example": "acme" is no word the text uses). */
function inAddress(tokens: Token[], k: number): boolean {
  const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (glued(prev, tokens[k]) && /^[@./]$/.test(prev!.text)) || (glued(tokens[k], next) && /^[@.]$/.test(next!.text) && glued(next, tokens[k + 2]));
}

/** Splits and analyses every sentence of `text`; `docDate` anchors relative dates. */
export function readSentences(text: string, docDate: DocDate | undefined): SentenceData[] {
  const spans = splitSentences(text);
  const tokenized = spans.map((s) => tokenize(text, s.start, s.end));
  // Part-of-speech tags and lemmas for every token, from one tagger pass over the text
  tagTokens(text, concatAll(tokenized));
  // The document's lower-case vocabulary (a sentence-initial "Officials" is then not a name)
  const lowercaseSeen = new Set<string>();
  for (const tokens of tokenized) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.cap || isArabicParticleName(t.text) || inAddress(tokens, k)) continue;
      lowercaseSeen.add(t.lower);
    }
  }
  const sentences = spans.map((span, index) => readSentence(text, span, index, tokenized[index]!, lowercaseSeen, docDate));
  unifyNameTypes(sentences);
  return sentences;
}

/** The lists one after another (Array.prototype.flat is much slower on long arrays). */
function concatAll<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const x of list) out.push(x);
  return out;
}

function readSentence(
  text: string,
  span: Span,
  index: number,
  tokens: Token[],
  lowercaseSeen: Set<string>,
  docDate: DocDate | undefined,
): SentenceData {
  // Bylines, captions and page furniture ("By Staff Writer", "Photo: ...", "Related: ...") name nothing
  const opening = text.slice(span.start, Math.min(span.end, span.start + 40));
  if (BOILERPLATE.test(opening) || FURNITURE.test(opening)) {
    return { start: span.start, end: span.end, index, tokens, mentions: [], agreements: [], dates: [] };
  }
  const mentions = findMentions(text, tokens, index, lowercaseSeen);
  const agreements = findAgreements(text, tokens, index, mentions);
  // Names inside an agreement's name are not entities of their own; its parties stay as countries.
  for (const a of agreements) {
    if (!a.label) continue;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start >= a.start && m.end <= a.end) {
        if (m.kind === 'country' || ((m.type === 'Organization' || m.single) && a.parties.includes(k))) m.modifier = true;
        else m.kind = 'title', (m.title = undefined), (m.type = undefined), (m.single = false), (m.name = undefined);
      }
    }
  }
  return { start: span.start, end: span.end, index, tokens, mentions, agreements, dates: findDates(text, span.start, span.end, docDate) };
}

/** One name, one type per document: an untitled "person" named elsewhere as an organization is that organization. */
function unifyNameTypes(sentences: SentenceData[]): void {
  const orgNames = new Map<string, EntityType>();
  for (const s of sentences)
    for (const m of s.mentions) if (m.kind === 'entity' && m.type && m.type !== 'Person' && m.name) orgNames.set(foldName(m.name), m.type);
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'entity' || m.type !== 'Person' || m.title || m.affiliation !== undefined) continue;
      const other = orgNames.get(foldName(m.name ?? m.text));
      if (other) m.type = other;
    }
  }
}
