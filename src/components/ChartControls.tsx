interface Props {
  version: string;
  onZoom: (factor: number) => void;
  onFit: () => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

/** The chart's on-screen controls; the same actions have keys (+, −, 0) on the chart. */
export function ChartControls({ version, onZoom, onFit, onExpandAll, onCollapseAll }: Props) {
  const button = "fr-btn fr-btn--sm fr-btn--tertiary";
  return (
    <div className="chart__controls" role="toolbar" aria-label={`Commandes de l'organigramme ${version}`} data-no-pan="">
      <button type="button" className={button} aria-label="Zoomer" title="Zoomer (+)" onClick={() => onZoom(1.25)}>
        +
      </button>
      <button type="button" className={button} aria-label="Dézoomer" title="Dézoomer (−)" onClick={() => onZoom(0.8)}>
        −
      </button>
      <button type="button" className={button} onClick={onFit} title="Voir tout l'organigramme (0)">
        Ajuster
      </button>
      <button type="button" className={button} onClick={onExpandAll}>
        Tout déplier
      </button>
      <button type="button" className={button} onClick={onCollapseAll}>
        Tout replier
      </button>
    </div>
  );
}
