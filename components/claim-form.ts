/** The claim form's state, and the claim it describes, checked with the knowledge base's schema. */
import { claimSchema, type Claim, type ClaimStatus } from '@/lib/kb/schema';
import { checkRecord, entriesOf, setOptional, slugify, type FormCheck } from './record-form';
import { sourceFilled, sourceOf, sourceProblem, sourceRow, type SourceRow } from './source-rows';
import { t } from '@/lib/i18n';

export interface ClaimForm {
  id: string;
  /** Once the user types an id, it no longer follows the statement. */
  idTouched: boolean;
  statement: string;
  /** Actor ids, separated by commas or spaces. */
  actors: string;
  eventDate: string;
  status: ClaimStatus;
  sources: SourceRow[];
}

export function claimFormOf(claim: Claim | null, defaultActors: readonly string[]): ClaimForm {
  return {
    id: claim?.id ?? '',
    idTouched: claim !== null,
    statement: claim?.statement ?? '',
    actors: (claim?.actors ?? defaultActors).join(', '),
    eventDate: claim?.eventDate ?? '',
    status: claim?.status ?? 'reported',
    sources: claim ? claim.sources.map(sourceRow) : [sourceRow()],
  };
}

/** A new claim's id from its first words, so ids stay readable ("claim-pboc-plans-a-credit"). */
export function idFromStatement(statement: string): string {
  const words = slugify(statement).split('-').slice(0, 6).join('-');
  return words ? `claim-${words}` : '';
}

/** The claim the form describes, before checking; fields the form does not show are kept. */
function claimInput(form: ClaimForm, initial: Claim | null) {
  const actors = entriesOf(form.actors, /[\s,]+/);
  const sources = form.sources.filter(sourceFilled).map(sourceOf);
  const input: Record<string, unknown> = {
    ...initial,
    id: form.id.trim(),
    statement: form.statement.trim(),
    actors,
    status: form.status,
    sources,
  };
  setOptional(input, 'eventDate', form.eventDate);
  return { input, actors, sources };
}

const fieldNames = {
  id: 'editor.id',
  statement: 'editor.statement',
  actors: 'editor.actors',
  eventDate: 'editor.eventDate',
  status: 'editor.status',
  sources: 'editor.sources',
} as const;

/** A source's field key to what the form calls it. */
const sourceFieldNames = {
  outlet: 'editor.outlet',
  date: 'editor.date',
  headline: 'editor.headline',
  url: 'editor.url',
  attribution: 'editor.attribution',
} as const;

/** Field key ("statement", "sources.1.url") to what the form calls it. */
export function claimFieldName(key: string): string {
  const source = /^sources\.(\d+)(?:\.(\w+))?/.exec(key);
  if (source) {
    const n = Number(source[1]) + 1;
    if (!source[2]) return t('editor.sourceRow', { n });
    const field = source[2];
    const name = field in sourceFieldNames ? t(sourceFieldNames[field as 'url']) : field;
    return t('editor.sourceField', { n, field: name });
  }
  return key in fieldNames ? t(fieldNames[key as keyof typeof fieldNames]) : key;
}

/** The form's key and words for one of the schema's problems. */
function reword(key: string, message: string): [string, string] {
  if (/^actors\.\d+$/.test(key)) {
    return ['actors', t('editor.actorIdLetters')];
  }
  if (key === 'sources.' || key === 'sources') return ['sources', message];
  const source = /^sources\.\d+\.(\w+)$/.exec(key);
  return [key, source ? sourceProblem(source[1]!, message) : message];
}

/** Checks the form: required fields in plain words first, then everything the schema says. */
export function checkClaimForm(form: ClaimForm, initial: Claim | null): FormCheck<Claim> {
  const { input, actors, sources } = claimInput(form, initial);
  const found: Record<string, string> = {};
  if (!form.id.trim()) found.id = t('editor.idRequired');
  if (!form.statement.trim()) found.statement = t('editor.statementRequired');
  if (actors.length === 0) found.actors = t('editor.actorsRequired');
  if (sources.length === 0) found.sources = t('editor.sourcesRequired');
  return checkRecord({
    schema: claimSchema,
    input,
    found,
    rows: { name: 'sources', all: form.sources, filled: form.sources.filter(sourceFilled) },
    reword,
  });
}
