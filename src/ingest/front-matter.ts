// kg/ingest: splits Markdown YAML front matter (title, date, source) from the body. The body is kept
// byte-for-byte (evidence offsets point into it). Malformed front matter is reported, never fatal.
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  meta: { title?: string; date?: string; source?: string };
  body: string;
  warning?: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const toIsoDate = (v: unknown): string | undefined => {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?/.test(v.trim())) return v.trim().slice(0, 10);
  return undefined;
};

/** Parses leading `---` YAML front matter; without a fence the whole text is the body. */
export function splitFrontMatter(text: string): FrontMatter {
  const m = FENCE.exec(text);
  if (!m) return { meta: {}, body: text };
  const body = text.slice(m[0].length);
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '');
  } catch (error) {
    return { meta: {}, body, warning: `malformed front matter ignored (${(error as Error).message.split('\n')[0]})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { meta: {}, body, warning: 'front matter is not a mapping; ignored' };
  }
  const d = data as Record<string, unknown>;
  const meta: FrontMatter['meta'] = {};
  if (typeof d.title === 'string' && d.title.trim()) meta.title = d.title.trim();
  const date = toIsoDate(d.date);
  if (date) meta.date = date;
  if (typeof d.source === 'string' && d.source.trim()) meta.source = d.source.trim();
  return { meta, body };
}
