// React side of the pan/zoom: mounts createPanZoom once per <svg> and owns the viewport
// state, fed only by onViewportChange (gestures and API calls alike), so there is one
// source of truth that the chart renders as `<g transform>`.
import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { IDENTITY, type Viewport } from "../layout/viewport.ts";
import { createPanZoom, type Extent, type PanZoomApi, type ViewportSource } from "./createPanZoom.ts";

export interface UsePanZoomOptions {
  minZoom: number;
  maxZoom: number;
  extent?: () => Extent;
  /** Called after each change, e.g. to mirror user gestures into a second pane. */
  onChange?: (v: Viewport, source: ViewportSource) => void;
}

export interface UsePanZoomResult {
  viewport: Viewport;
  api: PanZoomApi | null;
  /** Who made the last change; "user" for gestures. */
  source: ViewportSource;
}

export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>, options: UsePanZoomOptions): UsePanZoomResult {
  const [state, setState] = useState<{ viewport: Viewport; source: ViewportSource }>({ viewport: IDENTITY, source: "api" });
  const [api, setApi] = useState<PanZoomApi | null>(null);
  // Callbacks are read through a ref so a new closure on each render does not remount d3.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const { minZoom, maxZoom } = options;

  // A layout effect, not a passive one: the chart can then fit in the commit that mounts it,
  // before the first paint, instead of painting an empty pane and fitting a frame later.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // The chart's size, kept by a ResizeObserver: d3 asks for the extent on every gesture event,
    // and reading clientWidth then forces a style and layout pass in the middle of a pan (the
    // transform has just changed). Where ResizeObserver is missing (jsdom), it is read each time.
    const size = { width: svg.clientWidth, height: svg.clientHeight };
    const observer =
      typeof ResizeObserver === "undefined"
        ? null
        : new ResizeObserver(() => {
            size.width = svg.clientWidth;
            size.height = svg.clientHeight;
          });
    observer?.observe(svg);
    const measured = (): Extent => (observer ? [[0, 0], [size.width, size.height]] : [[0, 0], [svg.clientWidth, svg.clientHeight]]);
    const instance = createPanZoom(svg, {
      minZoom,
      maxZoom,
      extent: () => latest.current.extent?.() ?? measured(),
      onViewportChange: (viewport, source) => {
        setState({ viewport, source });
        latest.current.onChange?.(viewport, source);
      },
    });
    // d3 keeps the transform on the element across remounts (StrictMode, zoom limits
    // changing), so the state starts from it; the api exists only once d3 is attached.
    setState({ viewport: instance.getViewport(), source: "api" });
    setApi(instance);
    return () => {
      observer?.disconnect();
      instance.destroy();
      setApi(null);
    };
  }, [svgRef, minZoom, maxZoom]);

  return { viewport: state.viewport, api, source: state.source };
}
