// A short guided tour of the explorer: one non-modal dialog that walks through the search, the
// panel, the versions, the comparison and sharing, pointing at each on the page. Keyboard:
// focus moves into the dialog at each step, Escape leaves; a live region announces the step.
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { dismissTour } from "./tourStorage.ts";
import "./tour.css";

export interface TourStep {
  title: string;
  text: string;
  /** CSS selector of the element the step points at; the step still reads well when it is absent. */
  target: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: "Qui fait quoi ?",
    text: "Tapez un mot, un sigle ou un nom d'entité dans la recherche : elle trouve les entités et les missions qui en parlent, sans se soucier des accents.",
    target: ".toolbar [role='search']",
  },
  {
    title: "Le panneau d'une entité",
    text: "Choisissez une entité dans l'organigramme ou la vue texte : le panneau donne ses missions, ses rattachements, les opérateurs qu'elle suit et la source de chaque information.",
    target: ".workspace",
  },
  {
    title: "Trois versions",
    text: "Passez de 2010 à 2016 puis à 2024 : l'entité choisie est retrouvée dans l'autre version quand la filiation le permet.",
    target: ".toolbar .fr-segmented",
  },
  {
    title: "Comparer deux versions",
    text: "« Comparer deux versions » place deux organigrammes côte à côte et liste ce qui a changé, avec les sources de chaque changement.",
    target: ".view-switch",
  },
  {
    title: "Partager ce que vous voyez",
    text: "L'adresse de la page garde la vue, la version, l'entité et la recherche : copiez-la, ou utilisez « Copier le lien » dans le panneau d'une entité.",
    target: ".share__button, .view-switch",
  },
];

export default function GuidedTour({ onClose, steps = TOUR_STEPS }: { onClose: () => void; steps?: readonly TourStep[] }) {
  const [step, setStep] = useState(0);
  const dialogRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  const id = useId();
  const current = steps[step];
  const last = step === steps.length - 1;

  const close = () => {
    dismissTour();
    onClose();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        dismissTour();
        onClose();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  useEffect(() => {
    returnTo.current = document.activeElement;
    return () => {
      // Give focus back where it was, or to the main content when that element is gone.
      const back = returnTo.current;
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
      else document.getElementById("contenu")?.focus();
    };
  }, []);

  useLayoutEffect(() => {
    dialogRef.current?.focus();
    if (!current) return;
    const target = document.querySelector(current.target);
    target?.classList.add("tour-target");
    target?.scrollIntoView?.({ block: "nearest" });
    return () => target?.classList.remove("tour-target");
  }, [current]);

  if (!current) return null;
  return (
    <div ref={dialogRef} className="tour" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} tabIndex={-1}>
      <p className="tour__count" aria-live="polite">
        Visite guidée — étape {step + 1} sur {steps.length}
      </p>
      <h2 id={`${id}-title`} className="fr-h6 tour__title">
        {current.title}
      </h2>
      <p id={`${id}-text`} className="tour__text">
        {current.text}
      </p>
      <div className="tour__actions">
        {step > 0 && (
          <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => setStep(step - 1)}>
            Précédent
          </button>
        )}
        <button type="button" className="fr-btn fr-btn--sm" onClick={() => (last ? close() : setStep(step + 1))}>
          {last ? "Terminer" : "Suivant"}
        </button>
        {!last && (
          <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" onClick={close}>
            Passer la visite
          </button>
        )}
      </div>
      <p className="fr-text--xs tour__hint">Échap pour quitter.</p>
    </div>
  );
}
