// Every part of the app whose code is fetched on demand, in one place: App and the panels show
// them through <LazyPart> (alert with « Réessayer » if the code does not arrive), and main.tsx
// fetches the most used ones once the page is idle, so they open at once and keep working if
// the network drops later.
import { retryableLazy } from "./LazyBoundary.tsx";

export const CompareView = retryableLazy(() => import("./CompareView.tsx"));
export const UnitDetails = retryableLazy(() => import("./UnitDetails.tsx"));
export const TextView = retryableLazy(() => import("./TextView.tsx"));
export const DiscoverPage = retryableLazy(() => import("./discover/DiscoverPage.tsx"));
export const GlossaryView = retryableLazy(() => import("./glossary/GlossaryView.tsx"));
export const GuidedTour = retryableLazy(() => import("./tour/GuidedTour.tsx"));
export const InfoPage = retryableLazy(() => import("./pages/InfoPage.tsx"));
export const ImportedSummary = retryableLazy(() => import("./import/ImportedSummary.tsx"));
export const ImportPairings = retryableLazy(() => import("./import/ImportPairings.tsx"));
export const ImportedDetails = retryableLazy(() => import("./import/ImportedDetails.tsx"));
export const ExportDialog = retryableLazy(() => import("./export/ExportDialog.tsx"));
export const CompareExportDialog = retryableLazy(() => import("./export/CompareExportDialog.tsx"));
export const ImportDialog = retryableLazy(() => import("./import/ImportDialog.tsx"));

/** Fetched at idle time: what a visitor opens in the first minutes. */
export const PRELOADED = [UnitDetails, TextView, CompareView];
