/**
 * Reads a content file as UTF-8, refusing any other encoding: read leniently, a Latin-1 or Windows-1252
 * file would pass every check and show its accents as "�" on the page.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from '../core/problem.ts';

/** A file's text, or why it cannot be read. */
export type Read = { text: string; problem?: undefined } | { text?: undefined; problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or the problem, at the line of its first byte that is not UTF-8. */
export function readText(path: string, file: string): Read {
  return decodeText(readFileSync(path), file);
}

/** Decodes `bytes` (the content of `file`) as UTF-8, or says where and why it cannot. */
export function decodeText(bytes: Uint8Array, file: string): Read {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { problem: notUtf8Message(bytes, file) };
  }
}

function notUtf8Message(bytes: Uint8Array, file: string): Problem {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const part = bytes.subarray(start, i);
    try {
      utf8.decode(part);
    } catch {
      const shown = new TextDecoder('windows-1252').decode(part).trim();
      const bad = firstBadByte(part);
      return {
        file,
        line,
        message:
          `the file is not saved as UTF-8: byte 0x${bad.toString(16).toUpperCase().padStart(2, '0')} on this line is not UTF-8 ` +
          `(the line reads “${shown.length > 80 ? `${shown.slice(0, 77)}…` : shown}” in Windows-1252, the likely encoding), so its accents would show as “�” on the page.`,
        fix: 'save the file as UTF-8 in your editor (VS Code: “Save with Encoding” → UTF-8; Notepad: “Save as” → Encoding: UTF-8), then check that the accents read right.',
      };
    }
    start = i + 1;
    line++;
  }
  return { file, line: 1, message: 'the file is not saved as UTF-8.', fix: 'save it as UTF-8 in your editor.' };
}

/** The first byte of `bytes` that does not start, or continue, a UTF-8 sequence. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const tail = bytes.subarray(i + 1, i + length);
    if (length === 0 || tail.length < length - 1 || tail.some((c) => c < 0x80 || c > 0xbf)) return b;
    i += length - 1;
  }
  return bytes.find((b) => b >= 0x80) ?? 0;
}
