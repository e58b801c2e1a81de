// One card of the chart. Memoised: a pan or zoom re-renders the transform of the parent
// group only, never the cards.
import { memo } from "react";
import type { LayoutNode } from "../layout/layoutTree.ts";
import type { Unit } from "../domain/schema.ts";
import { KIND_LABELS } from "./labels.ts";

export interface NodeDecoration {
  /** CSS modifier, e.g. "created", "removed". */
  className: string;
  /** Text badge drawn on the card (icon + word), so meaning never rests on colour. */
  badge: string;
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
  const code = unit.code ?? unit.shortName ?? kind;
  const tab = detail === "full" && (decoration || matched) ? (decoration ? decoration.badge : "★ trouvé") : null;
  // The accessible name is the visible text in reading order (WCAG 2.5.3), plus, when zoomed
  // out to codes only, the full name that the card no longer shows.
  const label = detail === "full" ? [header, node.lines.join(" "), tab].filter(Boolean).join(" ") : `${code} — ${header} ${unit.name}${matched ? ", trouvé" : ""}${decoration ? `, ${decoration.description}` : ""}`;
  return (
    <g
      role="treeitem"
      data-node={unit.id}
      aria-level={props.level}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      aria-expanded={node.hasChildren ? !node.collapsed : undefined}
      aria-selected={selected}
      aria-label={label}
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
        <text className="card__code" x={node.width / 2} y={node.height / 2 + 14} textAnchor="middle">
          {code}
        </text>
      )}
      {tab && <Tab text={tab} width={node.width} />}
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

/** A label tab above the card's top-right corner, so it never covers the card's own text. */
function Tab({ text, width }: { text: string; width: number }) {
  const w = Math.ceil(text.length * 6.6) + 12;
  return (
    <g className="card__tab" transform={`translate(${width},0)`}>
      <rect x={-w} y={-19} width={w} height={18} rx={3} />
      <text x={-6} y={-6} textAnchor="end">
        {` ${text}`}
      </text>
    </g>
  );
}
