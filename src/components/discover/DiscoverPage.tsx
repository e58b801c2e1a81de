// « Découvrir la DGOS »: a two-minute first read for a new hire. Every sentence is a source's own
// words or a fact of the data, and says which source it comes from.
import type { ReactNode } from "react";
import { bodiesByCategory, bodyLabel } from "../../domain/bodies.ts";
import { firstMission, latestVersion, statementsOf, topTwoLevels } from "../../domain/discover.ts";
import type { Body, Dataset, Version } from "../../domain/schema.ts";
import { titleOfSource } from "../../domain/sources.ts";
import { unitLabel } from "../../state/paneState.ts";
import { BODY_CATEGORY_TITLES } from "../bodies/bodyLabels.ts";
import { GlossaryText } from "../GlossaryContext.tsx";
import { formatIsoDate } from "../labels.ts";
import { Cite } from "./Cite.tsx";
import { TourOffer } from "./TourOffer.tsx";
import "./discover.css";

export interface DiscoverProps {
  dataset: Dataset;
  onOpenUnit: (version: string, unitId: string) => void;
  onCompare: (from: string, to: string) => void;
  onStartTour: () => void;
  onShowGlossary: () => void;
}

export default function DiscoverPage({ dataset, onOpenUnit, onCompare, onStartTour, onShowGlossary }: DiscoverProps) {
  const sourceTitle = (file: string) => titleOfSource(dataset.sources.documents, file);
  const today = latestVersion(dataset);
  if (!today) return null;
  const top = topTwoLevels(today);
  const strategy = statementsOf(today, "strategy");
  // The founding brochure's own words on the DGOS's role, when the first version is not today's.
  const first = dataset.versions[0];
  const founding = first && first.id !== today.id ? { version: first.id, statements: statementsOf(first, "role") } : null;
  // When every line of the organisation comes from one document, cite it once under the list.
  const files = new Set(top?.children.map((u) => u.sources[0]?.file));
  const shared = files.size === 1 ? [...files][0] : undefined;
  return (
    <article className="discover" aria-labelledby="discover-title">
      <h2 id="discover-title">
        Découvrir la DGOS
      </h2>
      <p className="fr-text--sm discover__lead">
        L'essentiel en deux minutes, dans les mots des sources : chaque phrase indique le document dont elle vient.
      </p>
      <TourOffer onStart={onStartTour} />

      <section aria-labelledby="discover-role">
        <h3 id="discover-role" className="fr-h5">
          Ce que fait la DGOS
        </h3>
        {statementsOf(today, "role").map((s) => (
          <p key={s.text}>
            <GlossaryText text={s.text} />
            <Cite source={s.source} sourceTitle={sourceTitle} />
          </p>
        ))}
        {founding && founding.statements.length > 0 && (
          <div className="discover__note">
            <p>
              <strong>À sa création, en {founding.version} :</strong>
            </p>
            {founding.statements.map((s) => (
              <p key={s.text}>
                <GlossaryText text={s.text} />
                <Cite source={s.source} sourceTitle={sourceTitle} />
              </p>
            ))}
          </div>
        )}
      </section>

      {top && (
        <section aria-labelledby="discover-org">
          <h3 id="discover-org" className="fr-h5">
            L'organisation en {today.id}, en un coup d'œil
          </h3>
          <p>
            <LinkButton onClick={() => onOpenUnit(today.id, top.root.id)}>{top.root.name}</LinkButton> et les {top.children.length} entités placées
            juste sous elle, avec la première mission que la source leur donne ; chaque nom ouvre l'entité dans l'organigramme.
          </p>
          <ul className="discover__units">
            {top.children.map((u) => {
              const mission = firstMission(u);
              return (
                <li key={u.id}>
                  <LinkButton onClick={() => onOpenUnit(today.id, u.id)}>{unitLabel(u)}</LinkButton>
                  {" : "}
                  {mission ? <GlossaryText text={mission} /> : <em>missions non décrites par les sources</em>}
                  {u.attachment && u.attachment.basis !== "stated" && (
                    <em className="discover__attachment">
                      {" "}
                      ({u.attachment.basis === "chart-layout" ? "rattachement déduit de la mise en page de l'organigramme" : "rattachement non précisé par les sources"})
                    </em>
                  )}
                  {u.sources[0] && u.sources[0].file !== shared && <Cite source={u.sources[0]} sourceTitle={sourceTitle} />}
                </li>
              );
            })}
          </ul>
          {shared && (
            <p className="discover-cite">
              Source de chaque ligne : <span className="panel__source-title">{sourceTitle(shared)}</span> <span className="panel__file">({shared})</span>
            </p>
          )}
        </section>
      )}

      {today.themes.length > 0 && (
        <section aria-labelledby="discover-strategy">
          <h3 id="discover-strategy" className="fr-h5">
            Le projet stratégique 2025-2027 : {today.themes.length} axes
          </h3>
          <ol className="discover__axes">
            {today.themes.map((t) => (
              <li key={t.title}>
                <strong>
                  <GlossaryText text={t.title} />
                </strong>
                <Cite source={t.source} sourceTitle={sourceTitle} />
                <ul>
                  {t.items.map((item) => (
                    <li key={item}>
                      <GlossaryText text={item} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <div className="discover__note">
            {strategy.map((s) => (
              <p key={s.text}>
                <GlossaryText text={s.text} />
                <Cite source={s.source} sourceTitle={sourceTitle} />
              </p>
            ))}
            <p>
              <strong>Les sources n'attribuent pas ces axes à des sous-directions ou départements</strong> : les programmes de travail annuels
              ne font pas partie des sources, donc cette page ne rapproche aucun axe d'aucune entité.
            </p>
          </div>
        </section>
      )}

      {today.values && today.values.length > 0 && (
        <section aria-labelledby="discover-values">
          <h3 id="discover-values" className="fr-h5">
            Les valeurs de la DGOS
          </h3>
          <dl className="discover__values">
            {today.values.map((v) => (
              <div key={v.name}>
                <dt>{v.name}</dt>
                <dd>
                  <GlossaryText text={v.description} />
                  <Cite source={v.source} sourceTitle={sourceTitle} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <Bodies dataset={dataset} today={today} sourceTitle={sourceTitle} onOpenUnit={onOpenUnit} />

      <section aria-labelledby="discover-figures">
        <h3 id="discover-figures" className="fr-h5">
          Les effectifs
        </h3>
        <ul>
          {dataset.versions.map((v) =>
            v.headcounts.length === 0 ? (
              <li key={v.id}>
                {v.id} : aucun effectif dans les sources de cette version.
              </li>
            ) : (
              v.headcounts.map((h) => (
                <li key={`${v.id}-${h.value}`}>
                  {h.approximate ? "Environ " : ""}
                  <strong>{h.value} agents</strong> {h.date ? `en ${formatIsoDate(h.date)}` : "(date non précisée par la source)"}
                  <Cite source={h.source} sourceTitle={sourceTitle} quote />
                </li>
              ))
            ),
          )}
        </ul>
      </section>

      <History dataset={dataset} sourceTitle={sourceTitle} onCompare={onCompare} onOpenUnit={onOpenUnit} />

      <p className="discover__more">
        Un sigle vous arrête ? <LinkButton onClick={onShowGlossary}>Ouvrir le glossaire</LinkButton> : chaque sigle, son développement, sa source et
        les entités qui l'emploient.
      </p>
    </article>
  );
}

function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {children}
    </button>
  );
}

const SHOWN_CATEGORIES = ["operateur", "comite", "partenaire", "ministere"] as const;

function Bodies({ dataset, today, sourceTitle, onOpenUnit }: { dataset: Dataset; today: Version; sourceTitle: (f: string) => string; onOpenUnit: (v: string, u: string) => void }) {
  const groups = bodiesByCategory(today, SHOWN_CATEGORIES);
  if (groups.length === 0) return null;
  // The latest sources name the operators without describing them: each earlier version's role, labelled with
  // its year, latest first (the ARS: partners in 2016, created with the DGOS and on the COSTRAT in 2010).
  const earlierRoles = (b: Body) =>
    [...dataset.versions].reverse().flatMap((v) => {
      if (v.id === today.id) return [];
      const match = v.bodies.find((o) => o.acronym !== undefined && o.acronym === b.acronym && o.role);
      return match ? [{ version: v.id, body: match }] : [];
    });
  const unitName = (id: string) => today.units.find((u) => u.id === id)?.name ?? id;
  return (
    <section aria-labelledby="discover-bodies">
      <h3 id="discover-bodies" className="fr-h5">
        Opérateurs et partenaires en {today.id}
      </h3>
      {groups.map((g) => (
        <div key={g.category}>
          <h4 className="fr-mb-1v">{BODY_CATEGORY_TITLES[g.category]}</h4>
          <ul className="discover__bodies">
            {g.bodies.map((b) => {
              const earlier = earlierRoles(b);
              return (
                <li key={b.name}>
                  <strong>
                    <GlossaryText text={bodyLabel(b)} />
                  </strong>
                  {b.nameSource && <Cite source={b.nameSource} sourceTitle={sourceTitle} />}
                  {b.role && (
                    <>
                      {" — "}
                      <GlossaryText text={b.role} />
                      <Cite source={b.source} sourceTitle={sourceTitle} />
                    </>
                  )}
                  {earlier.map(({ version, body }) => (
                    <span key={version} className="discover__earlier">
                      {" "}
                      Rôle décrit en {version} : <GlossaryText text={body.role ?? ""} />
                      <Cite source={body.source} sourceTitle={sourceTitle} />
                    </span>
                  ))}
                  {b.attachedTo?.map((a) => (
                    <span key={a.unit} className="discover__earlier">
                      {" "}
                      Suivi par :{" "}
                      <button type="button" className="link-button" onClick={() => onOpenUnit(today.id, a.unit)}>
                        {unitName(a.unit)}
                      </button>
                      <Cite source={a.source} sourceTitle={sourceTitle} />
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

function History({ dataset, sourceTitle, onCompare, onOpenUnit }: { dataset: Dataset; sourceTitle: (f: string) => string; onCompare: (a: string, b: string) => void; onOpenUnit: (v: string, u: string) => void }) {
  const versions = dataset.versions;
  const first = versions[0];
  const last = versions[versions.length - 1];
  return (
    <section aria-labelledby="discover-history">
      <h3 id="discover-history" className="fr-h5">
        Comment elle en est arrivée là
      </h3>
      <ol className="discover__history">
        {versions.map((v, i) => {
          const line = statementsOf(v, "purpose")[0] ?? statementsOf(v, "role")[0];
          const prev = versions[i - 1];
          const root = v.units.find((u) => u.parent === null);
          return (
            <li key={v.id}>
              <strong>{v.id}</strong> — <GlossaryText text={v.effectiveDate.note} />
              <Cite source={v.effectiveDate.source} sourceTitle={sourceTitle} quote />
              {line && (
                <>
                  {" "}
                  <GlossaryText text={line.text} />
                  <Cite source={line.source} sourceTitle={sourceTitle} />
                </>
              )}{" "}
              {root && (
                <button type="button" className="link-button" onClick={() => onOpenUnit(v.id, root.id)}>
                  Voir l'organigramme {v.id}
                </button>
              )}
              {prev && (
                <>
                  {" · "}
                  <button type="button" className="link-button" onClick={() => onCompare(prev.id, v.id)}>
                    Comparer {prev.id} et {v.id}
                  </button>
                </>
              )}
              {v !== last && v.themes.length > 0 && (
                <details className="discover__themes">
                  <summary>
                    Les thèmes que présentent les sources de {v.id} ({v.themes.length})
                  </summary>
                  <ul>
                    {v.themes.map((t) => (
                      <li key={t.title}>
                        <strong>
                          <GlossaryText text={t.title} />
                        </strong>
                        <Cite source={t.source} sourceTitle={sourceTitle} />
                        <ul>
                          {t.items.map((item) => (
                            <li key={item}>
                              <GlossaryText text={item} />
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {first && last && versions.length > 2 && (
        <p>
          <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => onCompare(first.id, last.id)}>
            Comparer {first.id} et {last.id}
          </button>
        </p>
      )}
    </section>
  );
}
