// A DSFR radio fieldset.
import { useId } from "react";
import { lazyDsfr } from "../dsfr/lazyClasses.ts";
import "../dsfr/lazy-radio.css";

export function Radios<T extends string | number>(props: {
  legend: string;
  value: T;
  options: ReadonlyArray<{ id: T; label: string; hint?: string; disabled?: boolean }>;
  onChange: (value: T) => void;
  inline?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="fr-fieldset export__fieldset">
      <legend className="fr-fieldset__legend fr-text--md fr-mb-1w">{props.legend}</legend>
      {props.options.map((o) => {
        const id = `${name}-${o.id}`;
        return (
          <div key={o.id} className={`fr-fieldset__element${props.inline ? " fr-fieldset__element--inline" : ""}`}>
            <div className={lazyDsfr.radioGroup}>
              <input type="radio" id={id} name={name} checked={props.value === o.id} disabled={o.disabled} onChange={() => props.onChange(o.id)} />
              <label className="fr-label" htmlFor={id}>
                {o.label}
                {o.hint && <span className="fr-hint-text">{o.hint}</span>}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
