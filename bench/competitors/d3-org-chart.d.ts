// d3-org-chart ships no types; the bench uses only this chainable subset.
declare module "d3-org-chart" {
  export class OrgChart<T = unknown> {
    container(el: string | HTMLElement): this;
    data(data: T[]): this;
    nodeWidth(f: () => number): this;
    nodeHeight(f: () => number): this;
    svgHeight(h: number): this;
    svgWidth(w: number): this;
    duration(ms: number): this;
    nodeContent(f: (d: { data: T; width: number; height: number }) => string): this;
    render(): this;
    fit(options?: { animate?: boolean }): this;
    getChartState(): { allNodes: { x: number; y: number; data: T }[] };
    zoomTreeBounds(b: { x0: number; x1: number; y0: number; y1: number; params: { animate: boolean; scale: boolean } }): void;
  }
}
