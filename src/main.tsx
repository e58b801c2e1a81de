import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import "@codegouvfr/react-dsfr/main.css";
import "./styles.css";
import { App } from "./components/App.tsx";
import { ThemeSwitch } from "./components/dsfr/ThemeSwitch.tsx";
import { PRELOADED } from "./components/lazyParts.ts";
import { searchEngineModule } from "./components/useSearchEngine.ts";
import { loadDataset, type LoadedDataset } from "./data/dataset.ts";
import type { Dataset } from "./domain/schema.ts";

// The header is static HTML (index.html); its theme switch is the only part React renders there.
const themeSlot = document.getElementById("theme-switch");
if (themeSlot) createRoot(themeSlot).render(<ThemeSwitch />);

const container = document.getElementById("root") as HTMLElement;
// The build prerenders the default view (scripts/prerenderPlugin.ts); index.html drops it
// before paint when the address asks for another view. Hydrate it when it is still there and
// the address is still the default one: a history navigation while this code was loading may
// have changed it, and hydrating the default view for another address fails (React #418).
const prerendered = container.hasAttribute("data-prerendered") && location.search === "";
if (!prerendered) container.removeAttribute("data-prerendered");
let root = prerendered ? null : createRoot(container);
const render = (data: Dataset, location?: { search: string }) => {
  const app = (
    <StrictMode>
      <App dataset={data} location={location} />
    </StrictMode>
  );
  if (root) root.render(app);
  else root = hydrateRoot(container, app);
};

const message = (error: unknown) => String(error instanceof Error ? error.message : error);

function renderError(error: unknown) {
  // The page must say what went wrong rather than stay blank.
  (root ?? createRoot(container)).render(
    <main className="fr-container fr-my-4w">
      <h1>Organigramme de la DGOS</h1>
      <p className="fr-alert fr-alert--error">Les données de l'organigramme n'ont pas pu être chargées : {message(error)}. Rechargez la page.</p>
    </main>,
  );
}

// Bench mode (`npm run bench`): only ?dataset=synthetic-100|1000|10000 is honoured, by the lazy
// chunk, and only where the bench wrote its data (dist/bench-data/). Anywhere else the real data
// is shown and the app's notice says the parameter was ignored: no error page.
const benchRequested = new URLSearchParams(location.search).has("dataset");
type Start = LoadedDataset & { location?: { search: string } };
const start: Promise<Start> = benchRequested
  ? import("./bench/benchMode.ts").then(async (bench) => {
      const name = bench.benchDatasetName(location.search);
      if (name === null) return loadDataset();
      bench.startBenchClock();
      const synthetic = await bench.loadBenchDataset(name).catch(() => null);
      if (synthetic === null) {
        delete window.__bench;
        return loadDataset();
      }
      bench.exposeBench(synthetic.data, synthetic.details);
      const params = new URLSearchParams(location.search);
      params.delete("dataset");
      return { ...synthetic, location: { search: params.size > 0 ? `?${params}` : "" } };
    })
  : loadDataset();
start.then(({ data, location }) => render(data, location), renderError);

// Once the chart has drawn its first view and the page is idle, fetch the on-demand modules (unit
// details, text and comparison views, search engine) so they open at once and the app keeps
// working if the network drops after it has loaded. Only code is fetched here; the search index
// is still built on first use. Not before the first view: an idle moment between two start-up
// frames would otherwise spend them on these requests (pages without a chart wait 3 s).
const idle = (callback: () => void) => ("requestIdleCallback" in window ? window.requestIdleCallback(callback, { timeout: 5000 }) : setTimeout(callback, 3000));
const chartDrawn = () =>
  new Promise<void>((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (container.querySelector('svg[data-fitted="true"]')) done();
    });
    observer.observe(container, { subtree: true, attributes: true, attributeFilter: ["data-fitted"] });
    const timer = setTimeout(done, 3000);
  });
// One watch for the first view, shared by what waits for it.
const drawn = start.then(chartDrawn);
// A large dataset's details (missions, sources) after its chart, once the page is idle: the panel
// says they are loading meanwhile.
start.then(async ({ data, details, location }) => {
  if (!details) return;
  await drawn;
  await new Promise<void>((resolve) => idle(resolve));
  render(await details().catch((error: unknown) => ({ ...data, detailsError: message(error) })), location);
}, () => undefined);
drawn.then(
  () =>
    idle(() => {
      // A failure here is not an error yet: the part retries, and says so, when it is opened.
      for (const part of PRELOADED) void part.preload();
      searchEngineModule.load().catch(() => undefined);
    }),
  () => undefined, // already shown by renderError
);
