// The dialog's choices, remembered between visits (paper size and orientation above all).
export const FORMATS = [
  { id: "print", label: "Imprimer / PDF", hint: "Organigramme seul, prêt pour l'impression ou « Enregistrer au format PDF »" },
  { id: "svg", label: "SVG", hint: "Image vectorielle (navigateur, Inkscape, LibreOffice Draw)" },
  { id: "png", label: "PNG", hint: "Image pour un document ou un courriel" },
  { id: "pptx", label: "PowerPoint (.pptx)", hint: "Diapositive avec des cadres et des liens modifiables" },
  { id: "csv", label: "CSV", hint: "Liste des unités pour un tableur (séparateur « ; »)" },
  { id: "json", label: "JSON", hint: "Données au format de l'application" },
] as const;
export type FormatId = (typeof FORMATS)[number]["id"];

export interface ExportOptions {
  format: FormatId;
  expansion: "as-shown" | "expanded";
  pngScale: 1 | 2 | 4;
  pngTheme: "light" | "dark";
  paper: "A4" | "A3";
  orientation: "portrait" | "landscape";
  fit: "page" | "pages";
  appendix: boolean;
  /** PowerPoint: a slide of missions per unit after the chart. */
  pptxMissions: boolean;
}

export const DEFAULT_OPTIONS: ExportOptions = {
  format: "svg",
  expansion: "as-shown",
  pngScale: 2,
  pngTheme: "light",
  paper: "A4",
  orientation: "landscape",
  fit: "page",
  appendix: true,
  pptxMissions: false,
};

const KEY = "organigramme-dgos:export";

export function loadOptions(): ExportOptions {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "{}") as Partial<ExportOptions>;
    const merged = { ...DEFAULT_OPTIONS, ...saved };
    // A stale or edited value falls back to the default rather than breaking the dialog.
    if (!FORMATS.some((f) => f.id === merged.format)) merged.format = DEFAULT_OPTIONS.format;
    return merged;
  } catch {
    return DEFAULT_OPTIONS;
  }
}

export function saveOptions(options: ExportOptions): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(options));
  } catch {
    // Private mode or storage full: the choice is simply not remembered.
  }
}
