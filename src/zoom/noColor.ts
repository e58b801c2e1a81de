// Stand-in for d3-color, aliased in vite.config.ts. d3-zoom needs only interpolateZoom from
// d3-interpolate, but d3-interpolate's bundle builds its colour interpolators at load time
// (an IIFE the bundler must keep), which drags the whole of d3-color (~10 KB, ~3.5 KB gzip)
// into the start-up bundle. The app never interpolates colours (no d3 transition runs), so
// these are never called; they fail loudly if that ever changes.
function unavailable(): never {
  throw new Error("d3-color is not bundled: colour interpolation is not used in this app");
}
export const rgb = unavailable;
export const color = unavailable;
export const hsl = unavailable;
export const lab = unavailable;
export const hcl = unavailable;
export const cubehelix = unavailable;
