// The only module that touches d3-zoom / d3-selection. d3 listens to the gestures (wheel,
// drag, pinch) and keeps the current transform on the <svg>; it never writes the DOM we
// render: every change is reported through onViewportChange and React draws the
// `<g transform>` from it. One owner per element: d3 owns listeners, React owns attributes.
//
// Programmatic moves go through zoom.transform too, so d3's stored transform and the
// reported viewport can never drift apart; events without a sourceEvent are "api" ones.
import { interpolateZoom, type ZoomView } from "d3-interpolate";
import { select } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import { clampK, zoomAround, type Viewport } from "../layout/viewport.ts";

export type ViewportSource = "user" | "api";
export type Extent = [[number, number], [number, number]];

export interface PanZoomOptions {
  minZoom: number;
  maxZoom: number;
  onViewportChange: (v: Viewport, source: ViewportSource) => void;
  /** Screen rectangle of the viewport; default: the svg's client size, read at each use. */
  extent?: () => Extent;
}

export interface MoveOptions {
  /** Milliseconds; 0 jumps (callers pass 0 under prefers-reduced-motion). */
  duration?: number;
  /**
   * Who asked for the move, reported with every step of it: "user" for a control the user
   * pressed (zoom buttons and keys, « Ajuster »), so a linked pane follows every zoom input,
   * not only gestures. Default "api" (automatic fits, centring, mirroring); zoomBy: "user".
   */
  source?: ViewportSource;
}

export interface PanZoomApi {
  setViewport(v: Viewport, opts?: MoveOptions): void;
  /** Zooms about the centre of the extent. */
  zoomBy(factor: number, opts?: MoveOptions): void;
  getViewport(): Viewport;
  destroy(): void;
}

export const DEFAULT_DURATION = 300;

/** Cards are clickable and focusable: a press on one must not start a pan (or swallow the click). */
const NO_PAN = "[data-node], [data-no-pan], button, a, input, select, textarea";

const toViewport = (t: ZoomTransform): Viewport => ({ x: t.x, y: t.y, k: t.k });
const toTransform = (v: Viewport): ZoomTransform => zoomIdentity.translate(v.x, v.y).scale(v.k);
const easeCubicInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

function panFilter(event: Event): boolean {
  const e = event as MouseEvent;
  if (e.type === "mousedown" || e.type === "pointerdown") {
    const target = e.target as Element | null;
    if (target && typeof target.closest === "function" && target.closest(NO_PAN)) return false;
  }
  // d3's default: no secondary buttons, and ctrl only for wheel (pinch-zoom on trackpads).
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}

export function createPanZoom(svg: SVGSVGElement, options: PanZoomOptions): PanZoomApi {
  const { minZoom, maxZoom, onViewportChange } = options;
  const extent: () => Extent = options.extent ?? (() => [[0, 0], [svg.clientWidth, svg.clientHeight]]);
  const selection = select<SVGSVGElement, unknown>(svg);
  let frame = 0;
  let target: Viewport | null = null;
  // A drag in progress keeps window listeners until mouseup; nothing may be reported after destroy.
  let destroyed = false;
  // Source of the programmatic move in progress; gestures always report "user".
  let moveSource: ViewportSource = "api";

  const cancelTween = () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
    target = null;
  };

  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent([minZoom, maxZoom])
    // Without an explicit extent d3 reads svg.width.baseVal, which jsdom lacks.
    .extent(() => extent())
    .filter(panFilter)
    .on("start.panzoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // A gesture takes over from any animation in flight.
      if (event.sourceEvent) cancelTween();
    })
    .on("zoom.panzoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!destroyed) onViewportChange(toViewport(event.transform), event.sourceEvent ? "user" : moveSource);
    });

  selection.call(behavior).on("dblclick.zoom", null);

  const apply = (v: Viewport, source: ViewportSource) => {
    moveSource = source;
    try {
      behavior.transform(selection, toTransform(v));
    } finally {
      moveSource = "api";
    }
  };
  const getViewport = () => toViewport(zoomTransform(svg));
  const size = () => {
    const [[x0, y0], [x1, y1]] = extent();
    return { width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0), cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
  };

  const setViewport = (v: Viewport, opts: MoveOptions = {}) => {
    cancelTween();
    if (destroyed) return;
    const to: Viewport = { x: v.x, y: v.y, k: clampK(v.k, minZoom, maxZoom) };
    const duration = opts.duration ?? DEFAULT_DURATION;
    const source = opts.source ?? "api";
    if (duration <= 0 || typeof requestAnimationFrame !== "function") {
      apply(to, source);
      return;
    }
    // interpolateZoom (van Wijk & Nuij) works on views [centre x, centre y, width] in tree units.
    const { width, height } = size();
    const toView = (p: Viewport): ZoomView => [(width / 2 - p.x) / p.k, (height / 2 - p.y) / p.k, width / p.k];
    const interpolate = interpolateZoom(toView(getViewport()), toView(to));
    const start = performance.now();
    target = to;
    const step = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - start) / duration));
      if (t >= 1) {
        frame = 0;
        target = null;
        apply(to, source);
        return;
      }
      const [cx, cy, w] = interpolate(easeCubicInOut(t));
      const k = width / w;
      apply({ x: width / 2 - cx * k, y: height / 2 - cy * k, k }, source);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  };

  return {
    setViewport,
    zoomBy(factor, opts) {
      // Repeated presses during an animation compound from where it is heading.
      const from = target ?? getViewport();
      const { cx, cy } = size();
      setViewport(zoomAround(from, factor, { x: cx, y: cy }, minZoom, maxZoom), { source: "user", ...opts });
    },
    getViewport,
    destroy() {
      destroyed = true;
      cancelTween();
      selection.on(".zoom", null);
    },
  };
}
