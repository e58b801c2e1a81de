import { createContext, useContext, useId, useMemo, type ReactNode } from "react";
import { createAcronymMatcher, segmentByGlossary } from "../domain/glossaryText.ts";
import type { Glossary } from "../domain/schema.ts";

interface GlossaryValue {
  expansions: ReadonlyMap<string, string>;
  matcher: RegExp | null;
}

const GlossaryContext = createContext<GlossaryValue>({ expansions: new Map(), matcher: null });

export function GlossaryProvider({ glossary, children }: { glossary: Glossary; children: ReactNode }) {
  const value = useMemo(() => {
    const expansions = new Map(glossary.entries.map((e) => [e.acronym, e.expansion]));
    return { expansions, matcher: createAcronymMatcher([...expansions.keys()]) };
  }, [glossary]);
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

/** Text in which every glossary acronym is explained on hover and on keyboard focus. */
export function GlossaryText({ text }: { text: string }) {
  const { expansions, matcher } = useContext(GlossaryContext);
  const segments = segmentByGlossary(text, matcher);
  return (
    <>
      {segments.map((s, i) =>
        s.acronym ? <Term key={`${i}-${s.acronym}`} acronym={s.acronym} expansion={expansions.get(s.acronym) ?? ""} /> : s.text,
      )}
    </>
  );
}

function Term({ acronym, expansion }: { acronym: string; expansion: string }) {
  const id = useId();
  return (
    <span className="term">
      <abbr tabIndex={0} aria-describedby={id}>
        {acronym}
      </abbr>
      <span role="tooltip" id={id} className="term__tip">
        {expansion}
      </span>
    </span>
  );
}
