import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPanZoom, type PanZoomApi } from "../../../src/zoom/createPanZoom.ts";

const SVG = "http://www.w3.org/2000/svg";

function setup() {
  const svg = document.createElementNS(SVG, "svg");
  const card = document.createElementNS(SVG, "g");
  card.setAttribute("data-node", "u1");
  const box = document.createElementNS(SVG, "rect");
  card.appendChild(box);
  svg.appendChild(card);
  document.body.appendChild(svg);
  const onViewportChange = vi.fn();
  const api = createPanZoom(svg, { minZoom: 0.1, maxZoom: 4, onViewportChange, extent: () => [[0, 0], [800, 600]] });
  return { svg, box, api, onViewportChange };
}

// jsdom rejects `view` in the event init under vitest, but d3 needs event.view (it listens
// on the window during a drag): set it afterwards.
function withView<E extends UIEvent>(event: E): E {
  Object.defineProperty(event, "view", { value: window });
  return event;
}
const mouse = (type: string, x: number, y: number) => withView(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0 }));
const wheel = () => withView(new WheelEvent("wheel", { bubbles: true, cancelable: true, deltaY: -100, clientX: 100, clientY: 100 }));

describe("createPanZoom (jsdom)", () => {
  let api: PanZoomApi | undefined;
  beforeEach(() => {
    document.body.innerHTML = "";
  });
  afterEach(() => {
    api?.destroy();
    vi.useRealTimers();
  });

  it("setViewport calls onViewportChange with source \"api\"", () => {
    const t = setup();
    api = t.api;
    t.api.setViewport({ x: 10, y: 20, k: 2 }, { duration: 0 });
    expect(t.onViewportChange).toHaveBeenLastCalledWith({ x: 10, y: 20, k: 2 }, "api");
    expect(t.api.getViewport()).toEqual({ x: 10, y: 20, k: 2 });
    // d3 never writes attributes: the element React renders stays untouched.
    expect(t.svg.querySelector("g")?.getAttribute("transform")).toBeNull();
  });

  it("reports a move as \"user\" when a control asks so, and zoomBy (the zoom buttons and keys) as \"user\"", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance"] });
    const t = setup();
    api = t.api;
    t.api.setViewport({ x: 5, y: 5, k: 1 }, { duration: 0, source: "user" });
    expect(t.onViewportChange).toHaveBeenLastCalledWith({ x: 5, y: 5, k: 1 }, "user");
    t.api.zoomBy(2, { duration: 100 });
    vi.advanceTimersByTime(50);
    expect(t.onViewportChange.mock.lastCall?.[1]).toBe("user");
    vi.advanceTimersByTime(100);
    expect(t.onViewportChange.mock.lastCall?.[1]).toBe("user");
    // An automatic move after it is an "api" one again.
    t.api.setViewport({ x: 0, y: 0, k: 1 }, { duration: 0 });
    expect(t.onViewportChange).toHaveBeenLastCalledWith({ x: 0, y: 0, k: 1 }, "api");
  });

  it("clamps the scale to the zoom limits", () => {
    const t = setup();
    api = t.api;
    t.api.setViewport({ x: 0, y: 0, k: 50 }, { duration: 0 });
    expect(t.api.getViewport().k).toBe(4);
  });

  it("animates with requestAnimationFrame and lands exactly on the target", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance"] });
    const t = setup();
    api = t.api;
    t.api.setViewport({ x: 300, y: -100, k: 2 }, { duration: 200 });
    expect(t.onViewportChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    const midway = t.onViewportChange.mock.calls.at(-1)?.[0] as { k: number };
    expect(midway.k).toBeGreaterThan(1);
    expect(midway.k).toBeLessThan(2);
    vi.advanceTimersByTime(200);
    expect(t.onViewportChange).toHaveBeenLastCalledWith({ x: 300, y: -100, k: 2 }, "api");
    expect(t.onViewportChange.mock.calls.every(([, source]) => source === "api")).toBe(true);
  });

  it("zoomBy scales about the centre of the extent", () => {
    const t = setup();
    api = t.api;
    t.api.zoomBy(2, { duration: 0 });
    expect(t.api.getViewport()).toEqual({ x: -400, y: -300, k: 2 });
  });

  it("a mousedown on a [data-node] element does not throw and does not start a drag", () => {
    const t = setup();
    api = t.api;
    expect(() => t.box.dispatchEvent(mouse("mousedown", 100, 100))).not.toThrow();
    window.dispatchEvent(mouse("mousemove", 160, 140));
    window.dispatchEvent(mouse("mouseup", 160, 140));
    expect(t.onViewportChange).not.toHaveBeenCalled();
  });

  it("a drag on the background pans, reported as \"user\"", () => {
    const t = setup();
    api = t.api;
    t.svg.dispatchEvent(mouse("mousedown", 100, 100));
    window.dispatchEvent(mouse("mousemove", 160, 140));
    window.dispatchEvent(mouse("mouseup", 160, 140));
    expect(t.onViewportChange).toHaveBeenLastCalledWith({ x: 60, y: 40, k: 1 }, "user");
  });

  it("a gesture cancels a running animation", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance"] });
    const t = setup();
    api = t.api;
    t.api.setViewport({ x: 500, y: 500, k: 3 }, { duration: 300 });
    vi.advanceTimersByTime(50);
    t.svg.dispatchEvent(wheel());
    t.onViewportChange.mockClear();
    vi.advanceTimersByTime(500);
    expect(t.onViewportChange).not.toHaveBeenCalled();
  });

  it("destroy removes listeners", () => {
    const t = setup();
    t.svg.dispatchEvent(wheel());
    expect(t.onViewportChange).toHaveBeenLastCalledWith(expect.objectContaining({ k: expect.any(Number) }), "user");
    t.api.destroy();
    t.onViewportChange.mockClear();
    t.svg.dispatchEvent(wheel());
    t.svg.dispatchEvent(mouse("mousedown", 10, 10));
    window.dispatchEvent(mouse("mousemove", 50, 50));
    t.api.setViewport({ x: 1, y: 1, k: 1 }, { duration: 0 });
    expect(t.onViewportChange).not.toHaveBeenCalled();
  });
});
