// Canvas limits, checked before drawing so a too-large PNG is refused with a reason and a
// smaller scale, never drawn blank. Chromium and Firefox accept 32,767 px a side and about
// 268 million pixels; Safari (iOS) far less: 16,384 a side is the common safe bound.
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 16_384 * 16_384;

export type CanvasCheck = { ok: true } | { ok: false; message: string; largestScale: number | null };

export function checkCanvas(width: number, height: number, scale: number): CanvasCheck {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (w <= MAX_CANVAS_SIDE && h <= MAX_CANVAS_SIDE && w * h <= MAX_CANVAS_AREA) return { ok: true };
  const fit = Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
  const largestScale = [4, 2, 1].find((s) => s <= fit) ?? null;
  const fmt = new Intl.NumberFormat("fr-FR");
  return {
    ok: false,
    message: `Image trop grande : ${fmt.format(w)} × ${fmt.format(h)} pixels, au-delà de la limite des navigateurs (${fmt.format(MAX_CANVAS_SIDE)} pixels de côté).`,
    largestScale,
  };
}
