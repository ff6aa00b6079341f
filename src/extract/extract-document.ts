// kg/extract: Document -> Extraction (entities + claims). Placeholder: countries only, replaced next.
import type { Extraction, KgDocument, LocalEntity } from '../model/types.js';
import { lookupCountry } from './countries.js';
import { splitSentences } from './sentences.js';
import { countWords, tokenize } from './tokens.js';

export function extractDocument(doc: KgDocument): Extraction {
  const entities = new Map<string, LocalEntity>();
  for (const s of splitSentences(doc.text)) {
    for (const t of tokenize(doc.text, s.start, s.end)) {
      if (!t.cap) continue;
      const hit = lookupCountry(t.text);
      if (!hit) continue;
      const key = `c:${hit.country.code}`;
      const e = entities.get(key) ?? { key, type: 'Country' as const, name: hit.country.name, aliases: [], mentions: 0, code: hit.country.code };
      e.mentions++;
      if (!e.aliases.includes(t.text)) e.aliases.push(t.text);
      entities.set(key, e);
    }
  }
  const { text: _t, ...meta } = doc;
  return { doc: { ...meta, words: countWords(doc.text) }, entities: [...entities.values()], claims: [] };
}
