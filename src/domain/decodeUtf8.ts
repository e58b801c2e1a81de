// Decodes a data file's bytes as UTF-8, refusing invalid bytes instead of turning them into
// « � » that would then be shown to users as if the source said so.
import type { DataError } from "./dataErrors.ts";

export type DecodeResult = { ok: true; text: string } | { ok: false; error: DataError };

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // Overlong forms (E0 80..9F) and surrogates (ED A0..BF) are invalid.
    const ok = cont(1, b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf) && cont(2);
    return ok ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const ok = cont(1, b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3);
    return ok ? 4 : 0;
  }
  return 0;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when all bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/**
 * The text of `bytes` (a BOM is kept, so the JSON reader can name it), or an error giving the
 * line, column and byte offset of the first invalid byte.
 */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      error: {
        file,
        path: "",
        line,
        column,
        message: `invalid UTF-8: byte 0x${hex} at byte offset ${offset} is not valid UTF-8 (save the file as UTF-8)`,
      },
    };
  }
}
