import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@codegouvfr/react-dsfr/main.css";
import "./styles.css";
import { App } from "./components/App.tsx";
import { dataset } from "./data/dataset.ts";
import type { Dataset } from "./domain/schema.ts";

startReactDsfr({ defaultColorScheme: "system" });

const root = createRoot(document.getElementById("root") as HTMLElement);
const render = (data: Dataset) =>
  root.render(
    <StrictMode>
      <App dataset={data} />
    </StrictMode>,
  );

// Bench mode (`npm run bench`): only ?dataset=synthetic-100|1000|10000 is honoured, by the lazy chunk.
if (new URLSearchParams(location.search).has("dataset")) {
  void import("./bench/benchMode.ts").then(async (bench) => {
    const name = bench.benchDatasetName(location.search);
    if (name === null) return render(dataset);
    bench.startBenchClock();
    const synthetic = await bench.loadBenchDataset(name);
    bench.exposeBench(synthetic.versions[0]?.units.length ?? 0);
    render(synthetic);
  });
} else render(dataset);
