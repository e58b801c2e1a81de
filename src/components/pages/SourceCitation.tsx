import type { SourceDoc } from "../../domain/schema.ts";
import { citationOfSource } from "../../domain/sources.ts";

/** A source by its public title, publisher, date and address (never its internal file name). */
export function SourceCitation({ doc }: { doc: SourceDoc }) {
  const { title, details } = citationOfSource(doc);
  return (
    <>
      <cite>{title}</cite>
      {details && ` — ${details}`}
      {doc.url && (
        <>
          {" — adresse indiquée par le document : "}
          <span className="info-page__url">{doc.url}</span>
        </>
      )}
    </>
  );
}
