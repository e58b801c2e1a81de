import type { Body } from "../../domain/schema.ts";

export const BODY_CATEGORY_LABELS: Record<Body["category"], string> = {
  operateur: "opérateur",
  comite: "instance",
  partenaire: "partenaire",
  ministere: "direction ou ministère",
  interlocuteur: "interlocuteur professionnel",
};

export const BODY_CATEGORY_TITLES: Record<Body["category"], string> = {
  operateur: "Opérateurs",
  comite: "Instances",
  partenaire: "Partenaires",
  ministere: "Ministères et directions",
  interlocuteur: "Interlocuteurs professionnels",
};

export const BODY_CATEGORY_ORDER: readonly Body["category"][] = ["operateur", "comite", "partenaire", "ministere", "interlocuteur"];
