// kg/util: content hashing (SHA-256, hex) for document deduplication and cache keys. Pure; no I/O.
import { createHash } from 'node:crypto';

/** Hashes strings (joined with NUL separators, so ["ab","c"] and ["a","bc"] differ) to hex SHA-256. */
export function hashContent(...parts: string[]): string {
  const h = createHash('sha256');
  parts.forEach((p, i) => {
    if (i > 0) h.update('\0');
    h.update(p);
  });
  return h.digest('hex');
}
