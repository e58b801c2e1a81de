// What a card says when zoomed out (names would be unreadable): its code when it has one,
// otherwise the words that tell it from its siblings, never just its kind (« Mission »,
// « Cellule »), wrapped and sized to fill the card.
import { wrapText } from "./wrapText.ts";

export interface CardLabel {
  lines: string[];
  /** Tree units. */
  fontSize: number;
}

const QUOTED = /«\s*([^»]+?)\s*»/;
// A leading designator and its link word: « Sous-direction de l' », « Bureau des », « Mission »…
const DESIGNATOR =
  /^(?:sous-direction|direction|bureau|mission|cellule|unité|département|pôle)(?:\s+(?:de la|de l'|de l’|des|du|de|d'|d’))?\s*/i;

/** The distinguishing words of a unit's name: a quoted title, else the name without its kind word. */
export function distinctiveName(name: string): string {
  const quoted = QUOTED.exec(name);
  if (quoted?.[1]) return quoted[1];
  const rest = name.replace(DESIGNATOR, "").trim();
  if (rest === "") return name;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The zoomed-out label of a card `width` × `height` (tree units): `code` alone when given,
 * else the distinctive name wrapped into the largest size (≤ `maxFont`) whose lines fit.
 */
export function cardLabel(name: string, code: string | undefined, width: number, height: number, maxFont = 44): CardLabel {
  const inner = width - 70; // room for the corner badge on the right, a margin on the left
  if (code) return { lines: [code], fontSize: Math.max(12, Math.min(maxFont, Math.floor(inner / (0.62 * code.length)))) };
  const text = distinctiveName(name);
  for (let size = maxFont; size > 14; size -= 2) {
    const lines = wrapText(text, width - 24, size);
    // A word cut mid-way (wrapText's last resort) reads badly: only sizes that keep whole words.
    const whole = lines.join(" ").split(/\s+/).length === text.split(/\s+/).length;
    if (whole && lines.length * size * 1.15 <= height - 12) return { lines, fontSize: size };
  }
  return { lines: wrapText(text, width - 24, 14), fontSize: 14 };
}
