import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@codegouvfr/react-dsfr/main.css";
import "./styles.css";
import { App } from "./components/App.tsx";
import { dataset } from "./data/dataset.ts";

startReactDsfr({ defaultColorScheme: "system" });

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <App dataset={dataset} />
  </StrictMode>,
);
