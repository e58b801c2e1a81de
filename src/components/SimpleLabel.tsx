import { cardLabel } from "../layout/cardLabel.ts";

/** Zoomed out: the code, or the words that tell this card from its siblings (never just its kind). */
export default function SimpleLabel({ name, code, width, height }: { name: string; code: string | undefined; width: number; height: number }) {
  const label = cardLabel(name, code, width, height);
  const lineHeight = label.fontSize * 1.15;
  const top = height / 2 - (label.lines.length * lineHeight) / 2 + label.fontSize * 0.85;
  return (
    <text className="card__code" x={width / 2} y={top} textAnchor="middle" style={{ fontSize: label.fontSize }}>
      {label.lines.map((line, i) => (
        <tspan key={i} x={width / 2} dy={i === 0 ? 0 : lineHeight}>
          {i < label.lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}
