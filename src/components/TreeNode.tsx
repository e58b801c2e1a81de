// One card of the chart. Memoised: a pan or zoom re-renders the transform of the parent
// group only, never the cards.
import { lazy, memo, Suspense } from "react";
import type { LayoutNode } from "../layout/layoutTree.ts";
import type { Unit } from "../domain/schema.ts";
import { KIND_LABELS } from "./labels.ts";

// Zoomed-out labels load on the first zoom out (not needed by the readable first view).
const SimpleLabel = lazy(() => import("./SimpleLabel.tsx"));

export interface NodeDecoration {
  /** CSS modifier, e.g. "created", "removed". */
  className: string;
  /** Symbol drawn in the card's corner, so meaning never rests on colour alone. */
  symbol: string;
  /** Spoken after the unit's name. */
  description: string;
}

interface Props {
  node: LayoutNode;
  unit: Unit;
  level: number;
  setSize: number;
  posInSet: number;
  selected: boolean;
  focusable: boolean;
  matched: boolean;
  decoration?: NodeDecoration;
  faded?: boolean;
  linked?: boolean;
  detail: "full" | "simple";
  onActivate: (id: string) => void;
  onToggle: (id: string) => void;
  onFocusNode: (id: string) => void;
}

export const TreeNode = memo(function TreeNode(props: Props) {
  const { node, unit, selected, matched, decoration, detail } = props;
  const kind = KIND_LABELS[unit.kind];
  const header = unit.code ? `${kind.toUpperCase()} · ${unit.code}` : kind.toUpperCase();
  const classes = [
    "card",
    `card--${unit.kind}`,
    selected ? "card--selected" : "",
    matched ? "card--match" : "",
    decoration ? `card--${decoration.className}` : "",
    props.faded ? "card--faded" : "",
    props.linked ? "card--linked" : "",
  ].join(" ");
  // The change class or search match is a symbol in the card's corner (with colour and border
  // pattern); its word is in the legend and in the card's accessible name.
  const symbol = decoration ? decoration.symbol : matched ? "★" : null;
  const extra = `${matched ? ", trouvé" : ""}${decoration ? `, ${decoration.description}` : ""}`;
  // No aria-label: the name is the card's own text, so it always matches what is seen
  // (WCAG 2.5.3). Zoomed out to codes only, an invisible text keeps the full name spoken.
  const hidden = detail === "full" ? (extra === "" ? null : extra) : ` ${header} ${unit.name}${extra}`;
  return (
    <g
      role="treeitem"
      data-node={unit.id}
      aria-level={props.level}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      aria-expanded={node.hasChildren ? !node.collapsed : undefined}
      aria-selected={selected}
      tabIndex={props.focusable ? 0 : -1}
      className={classes}
      transform={`translate(${node.x},${node.y})`}
      onClick={() => props.onActivate(unit.id)}
      onFocus={() => props.onFocusNode(unit.id)}
    >
      <rect className="card__box" width={node.width} height={node.height} rx={unit.kind === "bureau" ? 4 : 10} />
      <rect className="card__focus" x={-5} y={-5} width={node.width + 10} height={node.height + 10} rx={12} />
      {detail === "full" ? (
        <>
          <text className="card__kind" x={12} y={18}>
            {`${header} `}
          </text>
          <text className="card__name" x={12} y={38}>
            {node.lines.map((line, i) => (
              <tspan key={i} x={12} dy={i === 0 ? 0 : 17}>
                {i < node.lines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        </>
      ) : (
        <Suspense fallback={null}>
          <SimpleLabel name={node.lines.join(" ")} code={unit.code ?? unit.shortName} width={node.width} height={node.height} />
        </Suspense>
      )}
      {hidden && (
        <text className="card__hidden-text" x={0} y={node.height}>
          {hidden}
        </text>
      )}
      {symbol && <Badge symbol={symbol} width={node.width} scale={detail === "full" ? 1 : 2} />}
      {node.hasChildren && (
        <g
          className="card__toggle"
          aria-hidden="true"
          transform={`translate(${node.width / 2},${node.height})`}
          onClick={(event) => {
            event.stopPropagation();
            props.onToggle(unit.id);
          }}
        >
          <circle r={11} />
          <text y={5} textAnchor="middle">
            {node.collapsed ? `+${node.childCount}` : "−"}
          </text>
        </g>
      )}
    </g>
  );
});

/** A symbol in the card's top-right corner, inside the card so it never covers a neighbour. */
function Badge({ symbol, width, scale }: { symbol: string; width: number; scale: number }) {
  const w = symbol.length > 1 ? 30 : 20;
  return (
    <g className="card__badge" transform={`translate(${width - (w + 4) * scale},4) scale(${scale})`} aria-hidden="true">
      <rect width={w} height={18} rx={3} />
      <text x={w / 2} y={13} textAnchor="middle">
        {symbol}
      </text>
    </g>
  );
}
