import type { ReactNode } from "react";

interface Props {
  legend: string;
  name: string;
  value: string;
  options: readonly { value: string; label: ReactNode }[];
  onChange: (value: string) => void;
  /** Legend on the same line as the choices. */
  inlineLegend?: boolean;
  className?: string;
}

/** DSFR segmented control (fr-segmented): a radio group styled as joined buttons. */
export function Segmented({ legend, name, value, options, onChange, inlineLegend = false, className = "" }: Props) {
  return (
    <fieldset className={`fr-segmented fr-segmented--sm ${className}`}>
      <legend className={inlineLegend ? "fr-segmented__legend fr-segmented__legend--inline" : "fr-segmented__legend"}>{legend}</legend>
      <div className="fr-segmented__elements">
        {options.map((o) => (
          <div key={o.value} className="fr-segmented__element">
            <input type="radio" id={`${name}-${o.value}`} name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <label className="fr-label" htmlFor={`${name}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
