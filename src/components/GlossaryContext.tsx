import { createContext, useContext, useId, useMemo, useRef, type ReactNode } from "react";
import { frenchTypography } from "../domain/frenchTypography.ts";
import { placeTip, type Box } from "../layout/placeTip.ts";
import { createAcronymMatcher, segmentByGlossary, sourceNumberExpansions } from "../domain/glossaryText.ts";
import type { Glossary, SourceDoc } from "../domain/schema.ts";

interface GlossaryValue {
  expansions: ReadonlyMap<string, string>;
  matcher: RegExp | null;
}

const GlossaryContext = createContext<GlossaryValue>({ expansions: new Map(), matcher: null });

// One constant, so that leaving `sources` out does not rebuild the matcher on every render.
const NO_SOURCES: readonly SourceDoc[] = [];

/** Acronyms of the glossary and, when `sources` are given, source numbers ("002") explained in place. */
export function GlossaryProvider({ glossary, sources = NO_SOURCES, children }: { glossary: Glossary; sources?: readonly SourceDoc[]; children: ReactNode }) {
  const value = useMemo(() => {
    const expansions = new Map([...sourceNumberExpansions(sources), ...glossary.entries.map((e) => [e.acronym, e.expansion] as const)]);
    return { expansions, matcher: createAcronymMatcher([...expansions.keys()]) };
  }, [glossary, sources]);
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

/** Text in which every glossary acronym (and source number) is explained on hover and on keyboard focus. */
export function GlossaryText({ text }: { text: string }) {
  const { expansions, matcher } = useContext(GlossaryContext);
  const segments = segmentByGlossary(frenchTypography(text), matcher);
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
  const tipRef = useRef<HTMLSpanElement>(null);
  // Shown by CSS (:hover, :focus); on the way in, keep it inside the panel or window that would clip it.
  const place = (event: React.SyntheticEvent<HTMLElement>) => {
    const tip = tipRef.current;
    if (!tip) return;
    tip.style.removeProperty("--tip-dx");
    tip.classList.remove("term__tip--below");
    const tipBox = tip.getBoundingClientRect();
    if (tipBox.width === 0) return; // not displayed (jsdom, or hidden)
    const { dx, below } = placeTip(tipBox, event.currentTarget.getBoundingClientRect(), clippingBox(tip));
    if (dx !== 0) tip.style.setProperty("--tip-dx", `${Math.round(dx)}px`);
    if (below) tip.classList.add("term__tip--below");
  };
  return (
    <span className="term" onMouseEnter={place}>
      <abbr tabIndex={0} aria-describedby={id} onFocus={place}>
        {acronym}
      </abbr>
      <span role="tooltip" id={id} className="term__tip" ref={tipRef}>
        {expansion}
      </span>
    </span>
  );
}

/** The nearest ancestor that clips its overflow, or the window. */
function clippingBox(el: HTMLElement): Box {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(node);
    if (overflowX !== "visible" || overflowY !== "visible") return node.getBoundingClientRect();
  }
  return { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
}
