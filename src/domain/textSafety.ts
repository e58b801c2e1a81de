// Text that would mislead a reader: bidirectional control characters (the « Trojan Source »
// family) reorder what is displayed without changing what is stored, so a name or a source
// passage could read differently from what it says. No data text needs them.
import { formatPath, type DataError } from "./dataErrors.ts";

const BIDI_NAMES: Record<number, string> = {
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
};
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** The first bidirectional control character of `text`, described, or null. */
export function findBidiControl(text: string): string | null {
  const match = BIDI.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  return `U+${code.toString(16).toUpperCase()} (${BIDI_NAMES[code]}) at character ${match.index + 1}`;
}

/**
 * One error per string (value or key) of `value` that holds a bidirectional control character,
 * at its JSON path. Walks iteratively: any nesting depth.
 */
export function checkBidiControls(file: string, value: unknown): DataError[] {
  const errors: DataError[] = [];
  const pending: [unknown, PropertyKey[]][] = [[value, []]];
  while (pending.length > 0) {
    const [node, path] = pending.pop() as [unknown, PropertyKey[]];
    if (typeof node === "string") {
      const found = findBidiControl(node);
      if (found) errors.push({ file, path: formatPath(path), message: `contains the bidirectional control character ${found}: remove it (it changes the order text is displayed in)` });
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) pending.push([node[i], [...path, i]]);
    } else if (typeof node === "object" && node !== null) {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, child] = entries[i] as [string, unknown];
        const found = findBidiControl(key);
        if (found) errors.push({ file, path: formatPath(path), message: `the key ${JSON.stringify(key)} contains the bidirectional control character ${found}` });
        pending.push([child, [...path, key]]);
      }
    }
  }
  return errors;
}
