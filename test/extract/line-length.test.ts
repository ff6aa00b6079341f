// Project rule for kg/extract: no source line under src/extract/ is longer than 160 characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const EXTRACT = join(ROOT, 'src/extract');
const MAX = 160;

/** Every .ts file under dir, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.isFile() && e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('src/extract line length', () => {
  it('should find the extractor sources', () => expect(tsFiles(EXTRACT).length).toBeGreaterThan(10));

  it(`should have no line longer than ${MAX} characters`, () => {
    const long: string[] = [];
    for (const file of tsFiles(EXTRACT)) {
      readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .forEach((line, i) => {
          // characters (code points), as `awk length` counts them in a UTF-8 locale
          const length = [...line].length;
          if (length > MAX) long.push(`${relative(ROOT, file)}:${i + 1} (${length} characters)`);
        });
    }
    expect(long, `lines longer than ${MAX} characters:\n${long.join('\n')}`).toEqual([]);
  });
});
