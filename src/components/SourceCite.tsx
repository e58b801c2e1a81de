import type { SourceRef } from "../domain/schema.ts";

/** A source citation in the unit panel's style: document title, file name, quoted passage. */
export function SourceCite({ source, sourceTitle, label }: { source: SourceRef; sourceTitle: (file: string) => string; label?: string }) {
  return (
    <>
      <span className="fr-text--xs">
        {label ? `${label} ` : null}
        <span className="panel__source-title">{sourceTitle(source.file)}</span> <span className="panel__file">({source.file})</span>
      </span>
      <blockquote className="panel__quote">« {source.passage} »</blockquote>
    </>
  );
}
