/** The actor form's state, and the actor it describes, checked with the knowledge base's schema. */
import { actorSchema, type Actor, type ActorKind } from '@/lib/kb/schema';
import { aliasesFromLines, aliasLines } from './alias-lines';
import { checkRecord, type FormCheck } from './record-form';
import { relationFilled, relationOf, relationRow, type RelationRow } from './relation-rows';
import { t } from '@/lib/i18n';

export interface ActorForm {
  id: string;
  /** Once the user types an id, it no longer follows the English name. */
  idTouched: boolean;
  kind: ActorKind;
  en: string;
  zh: string;
  pinyin: string;
  summary: string;
  /** The "Other names" box: one alias a line. */
  aliases: string;
  relations: RelationRow[];
}

export function actorFormOf(actor: Actor | null): ActorForm {
  return {
    id: actor?.id ?? '',
    idTouched: actor !== null,
    kind: actor?.kind ?? 'company',
    en: actor?.names.en ?? '',
    zh: actor?.names.zh ?? '',
    pinyin: actor?.names.pinyin ?? '',
    summary: actor?.summary ?? '',
    aliases: aliasLines(actor?.aliases ?? []),
    relations: (actor?.relations ?? []).map(relationRow),
  };
}

/** The actor the form describes, before checking; fields the form does not show are kept. */
function actorInput(form: ActorForm, initial: Actor | null): Record<string, unknown> {
  const names: Record<string, string> = { en: form.en.trim() };
  if (form.zh.trim()) names.zh = form.zh.trim();
  if (form.pinyin.trim()) names.pinyin = form.pinyin.trim();
  if (initial?.names.zhHant) names.zhHant = initial.names.zhHant;
  return {
    ...initial,
    id: form.id.trim(),
    kind: form.kind,
    names,
    summary: form.summary.trim(),
    aliases: aliasesFromLines(form.aliases, initial?.aliases ?? []),
    relations: form.relations.filter(relationFilled).map(relationOf),
  };
}

const fieldNames = {
  id: 'editor.id',
  kind: 'editor.kind',
  'names.en': 'editor.englishName',
  'names.zh': 'editor.chineseName',
  'names.pinyin': 'editor.pinyin',
  summary: 'editor.summary',
} as const;

/** Field key ("names.en", "relations.2.target") to what the form calls it. */
export function actorFieldName(key: string): string {
  const relation = /^relations\.(\d+)/.exec(key);
  if (relation) return t('editor.relationRow', { n: Number(relation[1]) + 1 });
  const alias = /^aliases\.(\d+)/.exec(key);
  if (alias) return t('editor.aliasLine', { n: Number(alias[1]) + 1 });
  return key in fieldNames ? t(fieldNames[key as keyof typeof fieldNames]) : key;
}

/** Checks the form: required fields in plain words first, then everything the schema says. */
export function checkActorForm(form: ActorForm, initial: Actor | null): FormCheck<Actor> {
  const found: Record<string, string> = {};
  if (!form.id.trim()) found.id = t('editor.idRequired');
  if (!form.en.trim()) found['names.en'] = t('editor.englishNameRequired');
  if (!form.summary.trim()) found.summary = t('editor.summaryRequired');
  return checkRecord({
    schema: actorSchema,
    input: actorInput(form, initial),
    found,
    rows: { name: 'relations', all: form.relations, filled: form.relations.filter(relationFilled) },
  });
}
