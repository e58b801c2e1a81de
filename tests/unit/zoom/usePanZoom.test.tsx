import { act, render } from "@testing-library/react";
import { StrictMode, useEffect, useRef } from "react";
import { describe, expect, it } from "vitest";
import type { PanZoomApi } from "../../../src/zoom/createPanZoom.ts";
import { usePanZoom } from "../../../src/zoom/usePanZoom.ts";

const latest: { api: PanZoomApi | null; k: number } = { api: null, k: 0 };

function Chart() {
  const ref = useRef<SVGSVGElement>(null);
  const { viewport, api } = usePanZoom(ref, { minZoom: 0.1, maxZoom: 4, extent: () => [[0, 0], [800, 600]] });
  useEffect(() => {
    latest.api = api;
    latest.k = viewport.k;
  });
  return (
    <svg ref={ref}>
      <g data-testid="viewport" transform={`translate(${viewport.x},${viewport.y}) scale(${viewport.k})`} />
    </svg>
  );
}

describe("usePanZoom", () => {
  it("exposes the api after mount and renders the viewport it reports, StrictMode included", () => {
    const { getByTestId, unmount } = render(
      <StrictMode>
        <Chart />
      </StrictMode>,
    );
    expect(latest.api).not.toBeNull();
    act(() => latest.api?.setViewport({ x: 12, y: 34, k: 2 }, { duration: 0 }));
    expect(getByTestId("viewport").getAttribute("transform")).toBe("translate(12,34) scale(2)");
    act(() => latest.api?.zoomBy(0.5, { duration: 0 }));
    expect(latest.k).toBe(1);
    unmount();
  });
});
