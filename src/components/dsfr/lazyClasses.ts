// DSFR components used only by parts loaded on demand (export and import dialogs).
// The start-up stylesheet is trimmed by `react-dsfr only-include-used-components`, which keeps a
// component as soon as its class name appears anywhere in the sources (a substring scan) or its
// CSS is imported from a script. So these class names are assembled here, and each lazy part
// brings the components' CSS through a stylesheet (`lazy-*.css`, stylesheets are not scanned).
const fr = (name: string): string => ["fr", name].join("-");

export const lazyDsfr = {
  radioGroup: fr("radio-group"),
  upload: fr("upload"),
  selectGroup: fr("select-group"),
  select: fr("select"),
} as const;
