// kg/ingest: PDF -> plain text with the offset where each page starts, through unpdf (Mozilla's pdf.js, built
// to run without a worker or a canvas). Text items become lines by their baseline, lines become paragraphs by
// spacing, font size, indentation and short last lines, so a sentence wrapped over lines reads as one line.
// Reads the title from the document info. Does no OCR: a scanned PDF yields no text. Loaded only for PDFs.
import { KgError } from '../model/errors.js';

export interface PdfText {
  /** Pages in order, separated by a blank line. */
  text: string;
  /** Offset in `text` where each page starts (page n at `pages[n - 1]`). */
  pages: number[];
  title?: string;
}

/** The parts of a pdf.js text item this module reads. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  endX: number;
  size: number;
}

const isTextItem = (item: unknown): item is TextItem => typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);

/** Groups a page's text items into lines (same baseline, left to right as pdf.js returns them). */
function toLines(items: unknown[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || item.height || 1;
    if (item.str) {
      if (line && Math.abs(line.y - y) <= line.size * 0.5) {
        // Same line: a gap wider than a sixth of the font size is a space pdf.js did not emit
        const gap = x - line.endX;
        if (gap > size / 6 && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
        line.text += item.str;
        line.endX = x + item.width;
      } else {
        if (line) lines.push(line);
        line = { text: item.str, x, y, endX: x + item.width, size };
      }
    }
    if (item.hasEOL && line) {
      lines.push(line);
      line = undefined;
    }
  }
  if (line) lines.push(line);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/[\s\u00a0]+/g, ' ').trim() }))
    .filter((l) => l.text);
}

/** Whether `next` starts a new paragraph after `prev` on a page whose text starts at `left` and is `width` wide. */
function startsParagraph(prev: Line, next: Line, left: number, width: number): boolean {
  const size = Math.max(prev.size, next.size);
  const gap = prev.y - next.y;
  if (gap > size * 1.6 || gap < -size * 0.5) return true; // a blank line's worth of space, or a new column
  if (Math.abs(prev.size - next.size) > prev.size * 0.2) return true; // a heading
  if (next.x > left + size && prev.x <= left + size / 2) return true; // an indented first line
  // A line ending a sentence well short of the right margin ends its paragraph
  return /[.!?:"”’)]$/.test(prev.text) && prev.endX - left < width * 0.8;
}

/** One page's text: paragraphs separated by a blank line, the lines of a paragraph joined by spaces. */
function pageText(items: unknown[]): string {
  const lines = toLines(items);
  if (lines.length === 0) return '';
  const left = Math.min(...lines.map((l) => l.x));
  const width = Math.max(...lines.map((l) => l.endX)) - left;
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const [prev, next] = [lines[i - 1]!, lines[i]!];
    if (startsParagraph(prev, next, left, width)) text += '\n\n';
    else if (!/-$/.test(prev.text)) text += ' '; // a line ending in a hyphen joins the next as one word
    text += next.text;
  }
  return text;
}

/**
 * Extracts the text of a PDF, page by page. Throws INPUT_UNREADABLE for a damaged or password-protected file.
 * `name` only labels the error.
 */
export async function pdfToText(bytes: Uint8Array, name: string): Promise<PdfText> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // No font code evaluated, no fonts installed, errors only (library code never writes to the console)
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  } catch (error) {
    const e = error as Error;
    const reason = e?.name === 'PasswordException' ? 'password-protected PDF' : `unreadable PDF (${e?.message ?? String(error)})`;
    throw new KgError('INPUT_UNREADABLE', `kg/ingest: cannot read "${name}": ${reason}`, { reason });
  }
  try {
    const pages: number[] = [];
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      if (n > 1) text += '\n\n';
      pages.push(text.length);
      text += pageText(content.items);
      page.cleanup();
    }
    const result: PdfText = { text, pages };
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    if (typeof info?.Title === 'string' && info.Title.trim()) result.title = info.Title.trim();
    return result;
  } catch (error) {
    const reason = `unreadable PDF (${(error as Error)?.message ?? String(error)})`;
    throw new KgError('INPUT_UNREADABLE', `kg/ingest: cannot read "${name}": ${reason}`, { reason });
  } finally {
    await pdf.destroy();
  }
}
