/**
 * Bytes to text.
 *
 * Order: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; else the charset an
 * HTML page declares; else, when the bytes are not valid UTF-8, Windows-1252 (the usual legacy encoding of Western news pages, and a superset
 * of Latin-1 for printable text), with a warning. Text with NUL bytes in its first 8 KiB (and no
 * UTF-16 mark) is taken as binary and refused.
 */

import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when a fallback was used or bytes were replaced. */
  warning: string | null;
}

export class BinaryInputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });


export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The charset an HTML page declares in its first 4 KiB (`<meta charset>` or `http-equiv` content type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warning: null };
  }
  if (looksBinary(bytes)) throw new BinaryInputError('binary file (NUL or control bytes), not text');
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', warning: null };
  } catch {
    // Not valid UTF-8. An HTML page may say what it is.
    const declared = opts.html ? declaredCharset(bytes) : null;
    if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
      return {
        text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared),
        encoding: declared,
        warning: null,
      };
    }
    // Mostly-UTF-8 text with a few broken bytes stays UTF-8 (bytes replaced by U+FFFD);
    // text with no multi-byte UTF-8 sequence at all is a legacy single-byte encoding.
    const lenient = utf8Lenient.decode(bytes);
    let bad = 0;
    for (let i = 0; i < lenient.length; i++) if (lenient.charCodeAt(i) === 0xfffd) bad++;
    const multibyte = countUtf8Sequences(bytes);
    if (multibyte > bad * 4) {
      return {
        text: lenient,
        encoding: 'utf-8',
        warning: `invalid UTF-8: ${bad} byte sequence(s) replaced by U+FFFD`,
      };
    }
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'),
      encoding: 'windows-1252',
      warning: 'not valid UTF-8: decoded as Windows-1252',
    };
  }
}

/** Number of well-formed multi-byte UTF-8 sequences. */
function countUtf8Sequences(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = 1;
    else if (b >= 0xe0 && b <= 0xef) len = 2;
    else if (b >= 0xf0 && b <= 0xf4) len = 3;
    if (len === 0) continue;
    let ok = i + len < bytes.length;
    for (let k = 1; ok && k <= len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      n++;
      i += len;
    }
  }
  return n;
}
