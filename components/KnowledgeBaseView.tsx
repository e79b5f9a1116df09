import { useState, type ReactNode } from 'react';
import type { Actor, Claim, RecordOrigin } from '@/lib/kb/schema';
import type { ActorHit, ClaimHit, KbSearchResult } from '@/lib/kb/search';
import type { ExportScope } from '@/lib/kb/export';
import type { ImportOutcome } from '@/lib/kb/import';
import type { KbTable } from '@/lib/kb/stored-rows';
import type { EditableRecord, SaveResult } from '@/lib/kb/user-edits';
import type { ActorCardData } from '@/lib/kb/types';
import { ActorCard } from './ActorCard';
import { ActorEditor } from './ActorEditor';
import { ClaimEditor } from './ClaimEditor';
import { statusLabel } from './ClaimList';
import { Button, controlClass, ProblemList } from './FormField';
import { ImportExport } from './ImportExport';
import { kindLabel } from './kind-labels';
import { t } from '@/lib/i18n';
import { displayName, readerDate } from '@/lib/reader-language';

export interface KnowledgeBaseViewProps {
  /** The reader's settings shown at the foot of the page (the hover delay). */
  settings?: ReactNode;
  query: string;
  onQueryChange: (query: string) => void;
  /** What the query found; null while nothing has been searched (or the answer is on its way). */
  results: KbSearchResult | null;
  searchError?: string | null;
  /** The card of the actor last asked for with onOpenActor, once it has arrived. */
  card: ActorCardData | null;
  /** An actor was chosen: load its card into `card`. */
  onOpenActor: (id: string) => void;
  /** One record with its origin, to edit it. */
  onLoadRecord: (table: KbTable, id: string) => Promise<EditableRecord | null>;
  onSaveActor: (actor: Actor) => Promise<SaveResult>;
  onSaveClaim: (claim: Claim) => Promise<SaveResult>;
  onDeleteRecord: (table: KbTable, id: string) => Promise<void>;
  onImport: (text: string) => Promise<ImportOutcome>;
  onExport: (scope: ExportScope) => Promise<void>;
  maxImportBytes: number;
}

/** What the detail pane shows. */
type Pane =
  | { view: 'none' }
  | { view: 'card'; id: string }
  | { view: 'actor'; record: Extract<EditableRecord, { table: 'actors' }> | null }
  | {
      view: 'claim';
      record: Extract<EditableRecord, { table: 'claims' }> | null;
      defaultActors: string[];
    };

/** Whose a search result is; RegLens's own records carry no badge. */
const originKeys = {
  user: 'knowledgeBase.yours',
  imported: 'knowledgeBase.imported',
  bundled: null,
} as const satisfies Record<RecordOrigin, string | null>;

function OriginBadge({ origin, userEdited }: { origin: RecordOrigin; userEdited: boolean }) {
  const key = userEdited ? 'knowledgeBase.edited' : originKeys[origin];
  if (!key) return null;
  const label = t(key);
  return (
    <span className="rounded bg-amber-100 px-1.5 py-px text-[10px] font-semibold tracking-wider text-amber-900 uppercase">
      {label}
    </span>
  );
}

/**
 * The knowledge-base page: search actors and claims, read an actor's card, write and edit the
 * user's own actors and claims, and import or export datasets. It holds only what is on screen;
 * every read and write goes out through its props.
 */
export function KnowledgeBaseView(props: KnowledgeBaseViewProps) {
  const [pane, setPane] = useState<Pane>({ view: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  /** Shows a pane in place of the last one, and of the notice about what the last one did. */
  function show(next: Pane) {
    setNotice(null);
    setPane(next);
  }

  function openActor(id: string) {
    show({ view: 'card', id });
    props.onOpenActor(id);
  }

  function edit(table: KbTable, id: string) {
    setNotice(null);
    setLoadError(null);
    props.onLoadRecord(table, id).then(
      (record) => {
        if (!record)
          setLoadError(
            t(table === 'actors' ? 'knowledgeBase.actorGone' : 'knowledgeBase.claimGone', { id }),
          );
        else if (record.table === 'actors') setPane({ view: 'actor', record });
        else setPane({ view: 'claim', record, defaultActors: [] });
      },
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  }

  async function saveActor(actor: Actor) {
    const result = await props.onSaveActor(actor);
    openActor(actor.id);
    setNotice(
      result.changed
        ? t('knowledgeBase.savedActor', { name: displayName(actor.names) })
        : t('knowledgeBase.unchanged'),
    );
  }

  async function saveClaim(claim: Claim) {
    const result = await props.onSaveClaim(claim);
    openActor(claim.actors[0]!);
    setNotice(t(result.changed ? 'knowledgeBase.savedClaim' : 'knowledgeBase.unchanged'));
  }

  async function remove(table: KbTable, id: string) {
    await props.onDeleteRecord(table, id);
    setPane({ view: 'none' });
    setNotice(
      t(table === 'actors' ? 'knowledgeBase.deletedActor' : 'knowledgeBase.deletedClaim', { id }),
    );
  }

  const openCardId = pane.view === 'card' ? pane.id : null;
  const card = props.card && props.card.actor.id === openCardId ? props.card : null;

  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-6 p-6 font-sans text-slate-900">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="m-0 text-xl font-bold">{t('knowledgeBase.title')}</h1>
          <p className="m-0 text-sm text-slate-600">{t('knowledgeBase.intro')}</p>
        </div>
        <div className="flex gap-2">
          <Button onClick={() => show({ view: 'actor', record: null })}>
            {t('knowledgeBase.newActor')}
          </Button>
          <Button
            onClick={() =>
              show({ view: 'claim', record: null, defaultActors: openCardId ? [openCardId] : [] })
            }
          >
            {t('knowledgeBase.newClaim')}
          </Button>
        </div>
      </header>

      <div className="grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <section aria-label={t('knowledgeBase.search')} className="flex min-w-0 flex-col gap-3">
          <input
            type="search"
            aria-label={t('knowledgeBase.searchLabel')}
            placeholder={t('knowledgeBase.searchPlaceholder')}
            className={`${controlClass} py-2 text-base`}
            value={props.query}
            onChange={(event) => props.onQueryChange(event.target.value)}
          />
          {props.searchError && (
            <ProblemList title={t('knowledgeBase.searchFailed')} problems={[props.searchError]} />
          )}
          <SearchResults
            query={props.query}
            results={props.results}
            onOpenActor={openActor}
            onEditClaim={(id) => edit('claims', id)}
          />
        </section>

        <section
          aria-label={t('knowledgeBase.details')}
          className="flex min-w-0 flex-col gap-3 md:sticky md:top-4 md:max-h-[calc(100vh-2rem)] md:overflow-y-auto md:pb-2"
        >
          {notice && (
            <p role="status" className="m-0 rounded bg-emerald-50 p-2 text-sm text-emerald-900">
              {notice}
            </p>
          )}
          {loadError && (
            <ProblemList title={t('knowledgeBase.couldNotOpen')} problems={[loadError]} />
          )}
          {pane.view === 'none' && (
            <p className="m-0 text-sm text-slate-600">{t('knowledgeBase.start')}</p>
          )}
          {pane.view === 'card' &&
            (card ? (
              <>
                <ActorCard
                  data={card}
                  onSelectActor={openActor}
                  onClose={() => setPane({ view: 'none' })}
                />
                <div className="flex gap-2">
                  <Button onClick={() => edit('actors', card.actor.id)}>
                    {t('knowledgeBase.editActor')}
                  </Button>
                  <Button
                    onClick={() =>
                      setPane({ view: 'claim', record: null, defaultActors: [card.actor.id] })
                    }
                  >
                    {t('knowledgeBase.addClaim')}
                  </Button>
                </div>
              </>
            ) : (
              <p className="m-0 text-sm text-slate-600">{t('knowledgeBase.opening')}</p>
            ))}
          {pane.view === 'actor' && (
            <ActorEditor
              key={pane.record?.record.id ?? 'new'}
              initial={pane.record?.record ?? null}
              meta={pane.record?.meta ?? null}
              onSave={saveActor}
              onCancel={() =>
                setPane(
                  pane.record ? { view: 'card', id: pane.record.record.id } : { view: 'none' },
                )
              }
              onDelete={
                pane.record && pane.record.meta.origin !== 'bundled'
                  ? () => remove('actors', pane.record!.record.id)
                  : undefined
              }
            />
          )}
          {pane.view === 'claim' && (
            <ClaimEditor
              key={pane.record?.record.id ?? 'new'}
              initial={pane.record?.record ?? null}
              meta={pane.record?.meta ?? null}
              defaultActors={pane.defaultActors}
              onSave={saveClaim}
              onCancel={() => setPane({ view: 'none' })}
              onDelete={
                pane.record && pane.record.meta.origin !== 'bundled'
                  ? () => remove('claims', pane.record!.record.id)
                  : undefined
              }
            />
          )}
        </section>
      </div>

      <div className="border-t border-slate-200 pt-4">
        <ImportExport
          maxBytes={props.maxImportBytes}
          onImport={props.onImport}
          onExport={props.onExport}
        />
      </div>
      {props.settings && <div className="border-t border-slate-200 pt-4">{props.settings}</div>}
    </main>
  );
}

function SearchResults({
  query,
  results,
  onOpenActor,
  onEditClaim,
}: {
  query: string;
  results: KbSearchResult | null;
  onOpenActor: (id: string) => void;
  onEditClaim: (id: string) => void;
}) {
  if (!query.trim()) return null;
  if (!results) return <p className="m-0 text-sm text-slate-600">{t('knowledgeBase.searching')}</p>;
  if (results.actors.length === 0 && results.claims.length === 0) {
    return (
      <p className="m-0 text-sm text-slate-600">
        {t('knowledgeBase.noMatch', { query: query.trim() })}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {results.actors.length > 0 && (
        <ResultGroup id="actor-results" title={t('knowledgeBase.actors')} gap="gap-1">
          {results.actors.map((hit) => (
            <li key={hit.id}>
              <ActorResult hit={hit} onOpen={() => onOpenActor(hit.id)} />
            </li>
          ))}
        </ResultGroup>
      )}
      {results.claims.length > 0 && (
        <ResultGroup id="claim-results" title={t('knowledgeBase.claims')} gap="gap-2">
          {results.claims.map((hit) => (
            <li key={hit.claim.id}>
              <ClaimResult
                hit={hit}
                onOpenActor={onOpenActor}
                onEdit={() => onEditClaim(hit.claim.id)}
              />
            </li>
          ))}
        </ResultGroup>
      )}
    </div>
  );
}

/** One kind of search result, under its heading. */
function ResultGroup({
  id,
  title,
  gap,
  children,
}: {
  id: string;
  title: string;
  gap: 'gap-1' | 'gap-2';
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-1">
      <h2 id={id} className="m-0 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {title}
      </h2>
      <ul className={`m-0 flex list-none flex-col ${gap} p-0`}>{children}</ul>
    </section>
  );
}

function ActorResult({ hit, onOpen }: { hit: ActorHit; onOpen: () => void }) {
  const showMatched = hit.matched !== hit.name && hit.matched !== hit.zh;
  return (
    <button
      type="button"
      onClick={onOpen}
      className="flex w-full cursor-pointer flex-wrap items-baseline gap-x-2 rounded border border-slate-200 bg-white px-3 py-2 text-left hover:border-sky-700 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-700"
    >
      <span className="font-medium">{hit.name}</span>
      {hit.zh && (
        <span lang="zh" className="text-slate-700">
          {hit.zh}
        </span>
      )}
      <span className="text-xs text-slate-500">{kindLabel(hit.kind)}</span>
      {showMatched && (
        <span className="text-xs text-slate-500">
          {t('knowledgeBase.matched', { text: hit.matched })}
        </span>
      )}
      <OriginBadge origin={hit.origin} userEdited={hit.userEdited} />
    </button>
  );
}

function ClaimResult({
  hit,
  onOpenActor,
  onEdit,
}: {
  hit: ClaimHit;
  onOpenActor: (id: string) => void;
  onEdit: () => void;
}) {
  const { claim } = hit;
  return (
    <article className="flex flex-col gap-1 rounded border border-slate-200 bg-white px-3 py-2 text-sm">
      <p className="m-0">{claim.statement}</p>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <span>{statusLabel(claim.status)}</span>
        {claim.eventDate && <span>{readerDate(claim.eventDate)}</span>}
        <span>{t('knowledgeBase.sources', claim.sources.length)}</span>
        <OriginBadge origin={hit.origin} userEdited={hit.userEdited} />
        <span className="flex flex-wrap gap-1">
          {t('knowledgeBase.about')}
          {claim.actors.map((id) => (
            <button
              key={id}
              type="button"
              onClick={() => onOpenActor(id)}
              className="cursor-pointer border-0 bg-transparent p-0 font-mono text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-current"
            >
              {id}
            </button>
          ))}
        </span>
        <button
          type="button"
          onClick={onEdit}
          aria-label={t('knowledgeBase.editClaimLabel', { statement: claim.statement })}
          className="ml-auto cursor-pointer border-0 bg-transparent p-0 text-sky-800 underline underline-offset-2"
        >
          {t('knowledgeBase.edit')}
        </button>
      </div>
    </article>
  );
}
