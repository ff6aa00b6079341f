// kg/pipeline: formats build progress as a one-line bar ("extract [#####-----] 120/400 docs, 85k words/s,
// ETA 12s"). Pure string formatting; the caller decides where (and whether) to draw it.
import type { BuildProgress } from '../build.js';

const formatRate = (perSecond: number): string =>
  perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(1)}M` : perSecond >= 1e3 ? `${Math.round(perSecond / 1e3)}k` : `${Math.round(perSecond)}`;

const formatSeconds = (s: number): string => (s >= 3600 ? `${Math.floor(s / 3600)}h${Math.round((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m${Math.round(s % 60)}s` : `${Math.ceil(s)}s`);

const PHASE_TEXT: Record<Exclude<BuildProgress['phase'], 'extract'>, string> = {
  read: 'reading documents...',
  graph: 'resolving entities, assembling and laying out the graph...',
  write: 'writing graph.json and graph.gexf...',
};

/** Formats one progress line of at most `columns` characters. */
export function formatProgressBar(p: BuildProgress, columns = 80): string {
  if (p.phase !== 'extract') return `kg build: ${PHASE_TEXT[p.phase]}`.slice(0, columns);
  const fraction = p.totalWords > 0 ? Math.min(1, p.words / p.totalWords) : p.total > 0 ? p.done / p.total : 0;
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.words / seconds : 0;
  const remaining = rate > 0 && p.totalWords > p.words ? (p.totalWords - p.words) / rate : 0;
  const tail = ` ${p.done}/${p.total} docs, ${formatRate(rate)} words/s, ETA ${formatSeconds(remaining)}`;
  const width = Math.max(10, Math.min(30, columns - tail.length - 12));
  const filled = Math.round(fraction * width);
  return `kg build [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`.slice(0, columns);
}
