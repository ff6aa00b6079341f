// kg/extract: finds quoted passages (“…” or "…") in a document and who says them: "…," said X / X said: "…" /
// "…," he added (the pronoun goes to the last person named outside quotes). Returns character regions with
// the speaker's mention position, so first-person words inside ("we", "our") can be resolved by the caller.
// Does not resolve entities itself.

export interface QuoteRegion {
  start: number;
  end: number;
  /** Character offset of the speaker's name (a person mention start), or undefined when unknown. */
  speakerAt?: number;
}

const SPEECH =
  '(?:said|says|added|told|declared|stated|noted|continued|insisted|explained|wrote|asked|replied|answered|' +
  'warned|stressed|argued|tweeted|posted|announced|remarked)';

/** Finds quote regions: curly pairs, or straight double quotes paired in order. */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  const re = /“([^”]*)”|"([^"\n]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) regions.push({ start: m.index, end: m.index + m[0].length });
  // An unclosed curly quote runs to the end of its paragraph.
  let k = text.indexOf('“');
  while (k >= 0) {
    if (!regions.some((r) => r.start === k)) {
      const para = text.indexOf('\n', k);
      regions.push({ start: k, end: para < 0 ? text.length : para });
    }
    k = text.indexOf('“', k + 1);
  }
  return regions.sort((a, b) => a.start - b.start);
}

/**
 * Assigns speakers. `personStarts` are the offsets of person mentions (sorted); `resolvePronoun(at)` returns the
 * offset of the person a "he"/"she" at `at` refers to.
 */
export function attributeQuotes(
  text: string,
  regions: QuoteRegion[],
  personAt: (from: number, to: number) => number | undefined,
  lastPersonBefore: (at: number) => number | undefined,
): QuoteRegion[] {
  const after = new RegExp(`^[\\s,]*(?:(he|she|they)\\s+${SPEECH}|${SPEECH}\\s+)`, 'i');
  const afterName = new RegExp(`^[\\s,]*[^.!?\\n“”"]{0,80}?\\s${SPEECH}\\b`, 'i');
  for (const r of regions) {
    const tail = text.slice(r.end, Math.min(text.length, r.end + 160));
    const paraEnd = text.indexOf('\n', r.end);
    const limit = paraEnd < 0 ? text.length : paraEnd;
    const m = after.exec(tail);
    if (m) {
      if (m[1]) {
        const p = lastPersonBefore(r.start);
        if (p !== undefined) r.speakerAt = p;
      } else {
        const p = personAt(r.end, Math.min(limit, r.end + 160));
        if (p !== undefined) r.speakerAt = p;
      }
      continue;
    }
    const nm = afterName.exec(tail);
    if (nm) {
      const p = personAt(r.end, r.end + nm[0].length);
      if (p !== undefined) {
        r.speakerAt = p;
        continue;
      }
    }
    // Before the quote, in the same paragraph: "X said:", "X continued: “", "He added: “"
    const paraStart = text.lastIndexOf('\n', r.start) + 1;
    const head = text.slice(paraStart, r.start);
    const lead = /(?:^|[.!?”"]\s+)([^.!?“”"]*?)[:,]?\s*$/.exec(head);
    if (lead && lead[1]) {
      const leadStart = r.start - (head.length - head.lastIndexOf(lead[1]));
      if (/^(he|she)\b/i.test(lead[1].trim())) {
        const p = lastPersonBefore(r.start);
        if (p !== undefined) r.speakerAt = p;
        continue;
      }
      const p = personAt(leadStart, r.start);
      if (p !== undefined) {
        r.speakerAt = p;
        continue;
      }
    }
    // A quote continuing a previous one's paragraph keeps its speaker.
    const prev = regions.filter((x) => x.end <= r.start && x.speakerAt !== undefined).pop();
    if (prev && text.slice(prev.end, r.start).indexOf('\n') < 0) r.speakerAt = prev.speakerAt!;
  }
  return regions;
}
