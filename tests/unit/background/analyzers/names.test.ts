import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegLensDb } from '@/lib/kb/db';
import { seedDataset } from '@/lib/kb/seed';
import { createKnowledge } from '@/lib/background/knowledge';
import { analyzeText } from '@/lib/background/analyze';
import { actor, dataset, dropDb, freshDb } from '../../kb/helpers';

let db: RegLensDb;
beforeEach(async () => {
  db = freshDb();
  await seedDataset(
    db,
    dataset([
      actor('pboc', {
        kind: 'regulator',
        names: { en: "People's Bank of China", zh: '中国人民银行' },
      }),
      actor('ant', { names: { en: 'Ant Group', zh: '蚂蚁集团' } }),
      actor('wire', { kind: 'outlet', names: { en: 'Wire Daily' }, domains: ['wire.example'] }),
    ]),
    'bundled',
  );
});
afterEach(async () => {
  await dropDb(db);
});

describe('the names analyser', () => {
  it('finds every known actor with its label, kind included, and the page’s own outlet', async () => {
    const knowledge = createKnowledge(db, async () => {});
    const text = "Ant Group told the People's Bank of China... 蚂蚁集团 and Ant Group again.";
    const { names } = await analyzeText({ text, host: 'www.wire.example' }, ['names'], knowledge);
    expect(names?.mentions.map((m) => [m.actorId, text.slice(m.start, m.end)])).toEqual([
      ['ant', 'Ant Group'],
      ['pboc', "People's Bank of China"],
      ['ant', '蚂蚁集团'],
      ['ant', 'Ant Group'],
    ]);
    expect(names?.actors).toEqual({
      ant: { id: 'ant', kind: 'company', name: 'Ant Group', zh: '蚂蚁集团' },
      pboc: { id: 'pboc', kind: 'regulator', name: "People's Bank of China", zh: '中国人民银行' },
    });
    expect(names?.pageOutlet).toBe('wire');
  });

  it('does not mark an outlet on its own site, where its name is in every byline', async () => {
    const knowledge = createKnowledge(db, async () => {});
    const text = 'By Wire Daily staff. Ant Group told Wire Daily... © Wire Daily 2021';
    const onSite = await analyzeText({ text, host: 'wire.example' }, ['names'], knowledge);
    expect(onSite.names?.mentions.map((m) => m.actorId)).toEqual(['ant']);
    expect(onSite.names?.pageOutlet).toBe('wire');
    const elsewhere = await analyzeText({ text, host: 'other.example' }, ['names'], knowledge);
    expect(elsewhere.names?.mentions.map((m) => m.actorId)).toEqual([
      'wire',
      'ant',
      'wire',
      'wire',
    ]);
  });

  it('answers only the analyses asked for', async () => {
    const knowledge = createKnowledge(db, async () => {});
    expect(await analyzeText({ text: 'Ant Group', host: 'x.example' }, [], knowledge)).toEqual({});
  });

  it('reads the knowledge base again after it is invalidated', async () => {
    const knowledge = createKnowledge(db, async () => {});
    const ask = async () =>
      (
        await analyzeText({ text: 'Fintech Unit met Ant Group.', host: 'x' }, ['names'], knowledge)
      ).names?.mentions.map((m) => m.actorId);
    expect(await ask()).toEqual(['ant']);
    await seedDataset(
      db,
      dataset([actor('ftu', { names: { en: 'Fintech Unit' } })], { id: 'mine' }),
      'imported',
    );
    // Still the matcher built before the write: nothing told it the data changed.
    expect(await ask()).toEqual(['ant']);
    knowledge.invalidate();
    expect(await ask()).toEqual(['ftu', 'ant']);
  });
});
