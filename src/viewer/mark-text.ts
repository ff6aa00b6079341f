// kg/viewer: splits an evidence sentence into plain and marked segments where entity names occur (case- and
// accent-insensitive, longest name first, no overlaps). Pure; building the <mark> elements is the caller's job.

export interface Segment {
  text: string;
  marked: boolean;
}

/** Folds one UTF-16 code unit at a time so offsets in the folded string equal offsets in the original. */
function foldKeepingOffsets(s: string): string {
  let out = '';
  for (const ch of s) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    // Keep the length of the original character (1 or 2 code units)
    out += base.length === ch.length ? base : base.slice(0, ch.length).padEnd(ch.length, ' ');
  }
  return out;
}

/** Splits `text` into segments, marking every occurrence of any of `names` that starts and ends on a word boundary. */
export function markNames(text: string, names: readonly string[]): Segment[] {
  const folded = foldKeepingOffsets(text);
  const marked = new Uint8Array(text.length);
  const candidates = [...new Set(names.map((n) => foldKeepingOffsets(n.trim())).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const name of candidates) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(name, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + name.length;
      if (isWord(folded[at - 1]) || isWord(folded[end])) continue;
      if (marked.subarray(at, end).some((m) => m === 1)) continue;
      marked.fill(1, at, end);
      marked[at] = 2; // start of a mark, so adjacent marks stay separate
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    const boundary = i === text.length || marked[i] === 2 || (marked[i] === 0) !== (marked[i - 1] === 0);
    if (!boundary) continue;
    segments.push({ text: text.slice(start, i), marked: marked[start] !== 0 });
    start = i;
  }
  return segments.filter((s) => s.text.length > 0);
}
