// kg/util: a bounded memo for pure string functions called again and again with the same few strings (names
// recur in document after document). The cache starts over when full, so memory stays bounded. Pure wrapper;
// knows nothing of what it memoizes.

/** `compute`, remembered for up to `max` distinct inputs at a time. */
export function boundedMemo<T>(compute: (s: string) => T, max: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined) {
      v = compute(s);
      if (cache.size > max) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}
