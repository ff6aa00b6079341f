// kg/ingest: which fields of a JSON Lines or CSV record hold a document's text, title, date and id, with the
// defaults in one place and the caller's choices validated. Does not read records.
import { KgError } from '../model/errors.js';

/** Candidate field names per role, tried in order; names match case-insensitively. */
export interface RecordFields {
  text: string[];
  title: string[];
  date: string[];
  id: string[];
}

/** Per-role overrides (`--text-field body`): one name or a list, replacing that role's defaults. */
export type RecordFieldOptions = Partial<Record<keyof RecordFields, string | string[]>>;

export const DEFAULT_RECORD_FIELDS: Readonly<RecordFields> = {
  text: ['text', 'body', 'content'],
  title: ['title', 'headline'],
  date: ['date', 'published', 'published_at'],
  id: ['id', 'url'],
};

/** Fields whose value becomes the document's `source` (where the record came from). */
export const SOURCE_FIELDS = ['url', 'link'];

/** Merges the caller's field names over the defaults; an empty name is an INVALID_OPTION error. */
export function resolveRecordFields(options: RecordFieldOptions = {}): RecordFields {
  const fields = { ...DEFAULT_RECORD_FIELDS } as RecordFields;
  for (const role of Object.keys(DEFAULT_RECORD_FIELDS) as (keyof RecordFields)[]) {
    const given = options[role];
    if (given === undefined) continue;
    const names = (Array.isArray(given) ? given : [given]).map((n) => (typeof n === 'string' ? n.trim() : ''));
    if (names.length === 0 || names.some((n) => !n)) {
      throw new KgError('INVALID_OPTION', `kg/ingest: option "${role}Field" needs a field name, got ${JSON.stringify(given)}`, { option: `${role}Field` });
    }
    fields[role] = names;
  }
  return fields;
}
