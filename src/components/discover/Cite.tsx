// Compact citation after a sentence of the « Découvrir » and glossary pages: the same title and
// file as the unit panel's sources, the quoted passage on hover/focus when it adds something.
import type { SourceRef } from "../../domain/schema.ts";

export function Cite({ source, sourceTitle, quote = false }: { source: SourceRef; sourceTitle: (file: string) => string; quote?: boolean }) {
  return (
    <span className="discover-cite">
      {" "}
      (source : <span className="panel__source-title">{sourceTitle(source.file)}</span> <span className="panel__file">({source.file})</span>
      {quote ? (
        <>
          {" — "}
          <q className="discover-cite__quote">{source.passage}</q>
        </>
      ) : null}
      )
    </span>
  );
}
