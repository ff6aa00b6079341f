// kg/export: XML text helpers shared by the GEXF and GraphML writers: drop characters XML 1.0 forbids, escape
// markup, collapse whitespace for xsd:token values. Pure string functions (browser-safe); no parsing.

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF). */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Anything that needs work: markup, whitespace controls, or non-ASCII (which may hide an invalid char). */
const NEEDS_WORK = /[^\x20-\x21\x23-\x25\x27-\x3B\x3D\x3F-\x7E]/;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Removes characters XML 1.0 forbids (they cannot be escaped either). */
export const dropInvalidXmlChars = (s: string): string => s.replace(INVALID_XML_CHARS, '');

/**
 * Escapes `s` for a double-quoted XML attribute value or element text. Tabs and newlines become character
 * references so attribute-value normalisation keeps them.
 */
export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return dropInvalidXmlChars(s).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** An xsd:token value: invalid characters dropped, whitespace runs collapsed to one space, trimmed. */
export function toXmlToken(s: string): string {
  return dropInvalidXmlChars(s).replace(/\s+/g, ' ').trim();
}

/** A number as an xsd:float/double literal; non-finite values become `fallback`. */
export const formatXmlNumber = (n: unknown, fallback = 0): string =>
  typeof n === 'number' && Number.isFinite(n) ? String(n) : String(fallback);
