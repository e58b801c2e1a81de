import type { Explorer } from "../state/useExplorer.ts";

// Placeholder until the comparison issue lands; loaded on demand.
export default function CompareView({ explorer }: { explorer: Explorer }) {
  return <p className="fr-p-2w">Comparaison {explorer.compare.from} → {explorer.compare.to} : en cours de construction.</p>;
}
