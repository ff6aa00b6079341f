// kg/ingest: HTML -> plain text with htmlparser2 (entities decoded, scripts/styles and page furniture such as menus
// and share buttons dropped, block elements become paragraph breaks). Also reads <title> and publication-date meta tags. Does not render CSS.
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header',
  'footer', 'blockquote', 'tr', 'table', 'figcaption', 'pre', 'hr', 'main', 'aside', 'dd', 'dt',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav']);
/** Page furniture by its class, id or role: share buttons, menus, breadcrumbs, cookie and newsletter boxes, related links. */
const FURNITURE = /(?:^|[\s_-])(?:share|sharing|social|nav|navbar|navigation|menu|breadcrumbs?|cookies?|newsletter|subscribe|related|promo|advert|ads|sidebar|masthead)(?:$|[\s_-])/i;
const DATE_META = new Set(['article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'og:published_time']);

export interface HtmlText {
  text: string;
  title?: string;
  date?: string;
}

/** Extracts readable text from an HTML document. */
export function htmlToText(html: string): HtmlText {
  let out = '';
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let date: string | undefined;
  // (one flag per open element: whether it opened a skipped region)
  const skipping: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (DATE_META.has(key) && attrs.content && /^\d{4}-\d{2}-\d{2}/.test(attrs.content)) date ??= attrs.content.slice(0, 10);
        }
        const skip = SKIP.has(name) || FURNITURE.test(`${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`);
        skipping.push(skip);
        if (skip) skipDepth++;
        else if (BLOCK.has(name)) out += '\n\n';
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) out += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (skipping.pop()) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) out += '\n\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const result: HtmlText = { text };
  const t = title.replace(/\s+/g, ' ').trim();
  if (t) result.title = t;
  if (date) result.date = date;
  return result;
}
