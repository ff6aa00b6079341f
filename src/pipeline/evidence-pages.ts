// kg/pipeline: gives the evidence of a paged document (PDF) its page number, from the offsets where its pages
// start. Runs on finished extractions (fresh or cached alike), so the extractor and the cache know no pages.
import type { Extraction } from '../model/types.js';

/** The 1-based page holding `offset`, given each page's start offset (ascending). */
export function pageAt(pages: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Sets `page` on the evidence of every claim of `extraction` (in place); nothing for unpaged documents. */
export function addEvidencePages(extraction: Extraction, pages: readonly number[] | undefined): Extraction {
  if (!pages || pages.length === 0) return extraction;
  for (const claim of extraction.claims) claim.evidence.page = pageAt(pages, claim.evidence.start);
  return extraction;
}
