import { useId, type ReactNode } from 'react';
import {
  snippetSorts,
  type SnippetFacets,
  type SnippetFilters as Filters,
  type SnippetSort,
} from '@/lib/snippets/search';
import { snippetButtonClass, snippetControlClass } from './SnippetRow';
import { t } from '@/lib/i18n';

/** Labels for the ids snippets carry, from the knowledge base; undefined when it has none. */
export interface SnippetNames {
  actor(id: string): string | undefined;
  claim(id: string): string | undefined;
}

const sortKeys = {
  newest: 'library.sortNewest',
  oldest: 'library.sortOldest',
  published: 'library.sortPublished',
  title: 'library.sortTitle',
  site: 'library.sortSite',
  relevance: 'library.sortRelevance',
} as const satisfies Record<SnippetSort, string>;

/** A sort order in words. */
export function sortLabel(sort: SnippetSort): string {
  return t(sortKeys[sort]);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A select's options text is plain and cannot wrap: long claims are cut. */
function short(text: string, length = 90): string {
  const chars = Array.from(text);
  return chars.length <= length ? text : `${chars.slice(0, length).join('').trimEnd()}…`;
}

/** A facet's values with their labels, in the order of the labels. */
function options(facet: Map<string, number>, label: (value: string) => string) {
  return [...facet]
    .map(([value, count]) => ({ value, count, label: short(label(value)) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

export interface SnippetFiltersProps {
  facets: SnippetFacets;
  names: SnippetNames;
  filters: Filters;
  sort: SnippetSort;
  /** Whether text is being searched, so that "Best match" means something. */
  searching: boolean;
  onFiltersChange: (filters: Filters) => void;
  onSortChange: (sort: SnippetSort) => void;
}

/** The library's filters (actor, claim, outlet or site, tag, days saved) and its sort. */
export function SnippetFilters({
  facets,
  names,
  filters,
  sort,
  searching,
  onFiltersChange,
  onSortChange,
}: SnippetFiltersProps) {
  const set = (change: Filters) => onFiltersChange({ ...filters, ...change });
  const source = filters.outlet
    ? `outlet:${filters.outlet}`
    : filters.site
      ? `site:${filters.site}`
      : '';
  const outlets = options(facets.outlets, (id) => names.actor(id) ?? id);
  const sites = options(facets.sites, (site) => site.replace(/^www\./, ''));
  const active = Object.values(filters).some(Boolean);

  return (
    <fieldset className="m-0 flex flex-wrap items-end gap-x-3 gap-y-2 border-0 p-0">
      <legend className="sr-only">{t('library.filters')}</legend>
      {facets.actors.size > 0 && (
        <Labelled label={t('library.actor')}>
          {(id) => (
            <select
              id={id}
              className={snippetControlClass}
              value={filters.actor ?? ''}
              onChange={(event) => set({ actor: event.target.value || undefined })}
            >
              <option value="">{t('library.anyActor')}</option>
              {options(facets.actors, (value) => names.actor(value) ?? value).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label} ({option.count})
                </option>
              ))}
            </select>
          )}
        </Labelled>
      )}
      {facets.claims.size > 0 && (
        <Labelled label={t('library.claim')}>
          {(id) => (
            <select
              id={id}
              className={`${snippetControlClass} max-w-72`}
              value={filters.claim ?? ''}
              onChange={(event) => set({ claim: event.target.value || undefined })}
            >
              <option value="">{t('library.anyClaim')}</option>
              {options(facets.claims, (value) => names.claim(value) ?? value).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label} ({option.count})
                </option>
              ))}
            </select>
          )}
        </Labelled>
      )}
      <Labelled label={t('library.outletOrSite')}>
        {(id) => (
          <select
            id={id}
            className={snippetControlClass}
            value={source}
            onChange={(event) => {
              const [kind, ...rest] = event.target.value.split(':');
              const value = rest.join(':') || undefined;
              set({
                outlet: kind === 'outlet' ? value : undefined,
                site: kind === 'site' ? value : undefined,
              });
            }}
          >
            <option value="">{t('library.anyOutletOrSite')}</option>
            {outlets.length > 0 && (
              <optgroup label={t('library.outlets')}>
                {outlets.map((option) => (
                  <option key={option.value} value={`outlet:${option.value}`}>
                    {option.label} ({option.count})
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('library.sites')}>
              {sites.map((option) => (
                <option key={option.value} value={`site:${option.value}`}>
                  {option.label} ({option.count})
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Labelled>
      {facets.tags.size > 0 && (
        <Labelled label={t('library.tag')}>
          {(id) => (
            <select
              id={id}
              className={snippetControlClass}
              value={filters.tag ?? ''}
              onChange={(event) => set({ tag: event.target.value || undefined })}
            >
              <option value="">{t('library.anyTag')}</option>
              {options(facets.tags, (tag) => tag).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label} ({option.count})
                </option>
              ))}
            </select>
          )}
        </Labelled>
      )}
      <Labelled label={t('library.savedFrom')}>
        {(id) => (
          <input
            id={id}
            type="date"
            className={snippetControlClass}
            value={filters.savedFrom ?? ''}
            max={filters.savedTo}
            onChange={(event) => set({ savedFrom: event.target.value || undefined })}
          />
        )}
      </Labelled>
      <Labelled label={t('library.savedTo')}>
        {(id) => (
          <input
            id={id}
            type="date"
            className={snippetControlClass}
            value={filters.savedTo ?? ''}
            min={filters.savedFrom}
            onChange={(event) => set({ savedTo: event.target.value || undefined })}
          />
        )}
      </Labelled>
      <Labelled label={t('library.sortBy')}>
        {(id) => (
          <select
            id={id}
            className={snippetControlClass}
            value={sort}
            onChange={(event) => onSortChange(event.target.value as SnippetSort)}
          >
            {snippetSorts.map((value) => (
              <option key={value} value={value} disabled={value === 'relevance' && !searching}>
                {sortLabel(value)}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      {active && (
        <button type="button" className={snippetButtonClass} onClick={() => onFiltersChange({})}>
          {t('library.clearFilters')}
        </button>
      )}
    </fieldset>
  );
}

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-700 dark:text-neutral-300">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
