// kg/ingest: bytes -> text. Detects UTF-8/UTF-16 byte-order marks, decodes invalid UTF-8 with replacement
// characters (and says so), and recognises binary files. Does not guess legacy 8-bit encodings.

export interface Decoded {
  text: string;
  warnings: string[];
  binary: boolean;
}

const BINARY_SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['GZIP archive', [0x1f, 0x8b]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
];

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Decodes a file's bytes to a string; `binary` is true for files that are not text at all. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), warnings, binary: false };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings, binary: false };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings, binary: false };
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) return { text: '', warnings: [`binary file (${name})`], binary: true };
  }
  // NUL bytes in the first 8 KiB mean binary data, not text.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { text: '', warnings: ['binary file (contains NUL bytes)'], binary: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings, binary: false };
  } catch {
    warnings.push('invalid UTF-8: undecodable bytes replaced with U+FFFD');
    return { text: new TextDecoder('utf-8').decode(bytes), warnings, binary: false };
  }
}
