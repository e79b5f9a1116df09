/**
 * Every surface in both languages: rendered for a Chinese reader, the Chinese words are there,
 * no English sentence from the message files and no message key shows, every control still has
 * a name, and actors are named in Chinese first.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ActorCard } from '@/components/ActorCard';
import { ClaimCard } from '@/components/ClaimCard';
import { KnowledgeBaseView } from '@/components/KnowledgeBaseView';
import { PopupView } from '@/components/PopupView';
import { SidePanelView } from '@/components/SidePanelView';
import { SnippetLibraryView } from '@/components/SnippetLibraryView';
import { claimSchema } from '@/lib/kb/schema';
import type { ActorCardData, ClaimCardData } from '@/lib/kb/types';
import type { KbSearchResult } from '@/lib/kb/search';
import type { SaveResult } from '@/lib/kb/user-edits';
import type { Findings } from '@/lib/messaging';
import { gradeClaim } from '@/lib/sourcing/grade';
import { readerReasonWords } from '@/lib/grade-words';
import { messagesOf, useLocale, type Locale } from '../../support/locale';
import { ant as antSnippet, reuters } from '../snippets/make-snippet';

const claim = claimSchema.parse({
  id: 'sr01',
  statement: 'Regulators proposed a credit-data joint venture.',
  actors: ['ant'],
  eventDate: '2021-03-24',
  sources: [
    {
      outlet: 'bloomberg',
      date: '2021-03-24',
      attribution: 'anonymous',
      actorResponse: 'declined',
    },
    { outlet: 'Reuters', date: '2021-03-25', attribution: 'named-official' },
  ],
  status: 'reported',
  developments: [
    { date: '2021-04-29', event: 'The PBoC summoned the platforms', effect: 'partly-confirms' },
  ],
});

function gradeFor() {
  return gradeClaim(claim, {
    outletNames: (id) => (id === 'bloomberg' ? 'Bloomberg News' : id),
    shownNames: (id) => (id === 'bloomberg' ? '彭博社' : id),
    actorName: () => '蚂蚁集团',
    words: readerReasonWords(),
  });
}

function antCard(): ActorCardData {
  return {
    actor: {
      id: 'ant',
      kind: 'company',
      names: { en: 'Ant Group', zh: '蚂蚁集团', pinyin: 'Mǎyǐ Jítuán' },
      aliases: [],
      summary: 'Alibaba’s payments affiliate.',
      relations: [],
    },
    relations: [
      {
        kind: 'supervises',
        inverse: true,
        since: '2020-11',
        other: {
          id: 'pboc',
          kind: 'regulator',
          name: "People's Bank of China",
          zh: '中国人民银行',
        },
      },
    ],
    claims: [{ claim, grade: gradeFor() }],
    outletNames: { bloomberg: '彭博社 (Bloomberg News)' },
  };
}

function claimCard(): ClaimCardData {
  return {
    claim,
    grade: gradeFor(),
    actors: [{ id: 'ant', kind: 'company', name: 'Ant Group', zh: '蚂蚁集团' }],
    related: [],
    outletNames: {},
  };
}

const findings: Findings = {
  url: 'https://news.example/a',
  title: 'A story',
  isArticle: true,
  signals: [],
  level: 'full',
  mentions: [
    {
      actorId: 'ant',
      name: 'Ant Group',
      zh: '蚂蚁集团',
      kind: 'company',
      text: 'Ant',
      start: 0,
      end: 3,
    },
    {
      actorId: 'ant',
      name: 'Ant Group',
      zh: '蚂蚁集团',
      kind: 'company',
      text: 'Ant',
      start: 9,
      end: 12,
    },
  ],
  claims: [
    {
      claimId: 'sr01',
      text: 'Regulators proposed a joint venture.',
      start: 20,
      end: 50,
      grade: { level: 'moderate', reliability: 'C', credibility: 2 },
    },
  ],
  attributions: [],
  snippets: [],
};

const kbResults: KbSearchResult = {
  actors: [
    {
      id: 'ant',
      name: 'Ant Group',
      zh: '蚂蚁集团',
      kind: 'company',
      matched: '蚂蚁',
      origin: 'user',
      userEdited: false,
    },
  ],
  claims: [{ claim, origin: 'bundled', userEdited: false }],
} as unknown as KbSearchResult;

const saved: SaveResult = { id: 'ant', created: false, changed: true, origin: 'user' };

const surfaces: Record<string, () => void> = {
  popup: () =>
    render(
      <PopupView
        host="news.example"
        globalLevel="claims"
        siteLevel={null}
        findings={findings}
        onGlobalLevel={vi.fn()}
        onSiteLevel={vi.fn()}
        onOpenKnowledgeBase={vi.fn()}
        onOpenLibrary={vi.fn()}
        onOpenSidePanel={vi.fn()}
      />,
    ),
  'side panel': () =>
    render(
      <SidePanelView
        findings={findings}
        level="full"
        selectedId="ant"
        card={antCard()}
        onSelect={vi.fn()}
        onSelectActor={vi.fn()}
        onBack={vi.fn()}
        selectedClaimId={null}
        claimCard={null}
        onSelectClaim={vi.fn()}
        snippets={[]}
        onOpenLibrary={vi.fn()}
      />,
    ),
  'actor card': () =>
    render(<ActorCard data={antCard()} onSelectActor={vi.fn()} onClose={vi.fn()} />),
  'claim card': () =>
    render(<ClaimCard data={claimCard()} onSelectActor={vi.fn()} onClose={vi.fn()} />),
  'knowledge base': () =>
    render(
      <KnowledgeBaseView
        query="蚂蚁"
        onQueryChange={vi.fn()}
        results={kbResults}
        card={null}
        onOpenActor={vi.fn()}
        onLoadRecord={vi.fn(async () => null)}
        onSaveActor={vi.fn(async () => saved)}
        onSaveClaim={vi.fn(async () => saved)}
        onDeleteRecord={vi.fn(async () => {})}
        onImport={vi.fn()}
        onExport={vi.fn(async () => {})}
        maxImportBytes={1024}
      />,
    ),
  library: () =>
    render(
      <SnippetLibraryView
        snippets={[antSnippet, reuters]}
        names={{
          actor: (id) => ({ 'ant-group': '蚂蚁集团 (Ant Group)' })[id],
          claim: () => undefined,
        }}
        onUpdate={vi.fn(async () => {})}
        onDelete={vi.fn(async () => {})}
        onRestore={vi.fn(async () => {})}
        onOpenSource={vi.fn()}
        onExport={vi.fn(async () => {})}
        onImport={vi.fn(async () => ({ added: 0, skipped: [] }))}
      />,
    ),
};

/** Everything a reader sees or hears: the text, and the names and hints given in attributes. */
function readerText(): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  const attributes = [...document.body.querySelectorAll('*')].flatMap((element) =>
    ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [...texts, ...attributes].join('\n');
}

/** English sentences of the message files that differ in Chinese, placeholders cut out. */
function englishOnlyPhrases(): string[] {
  const en = messagesOf('en');
  const zh = messagesOf('zh_CN');
  return Object.entries(en)
    .filter(([key, { message }]) => zh[key]?.message !== message)
    .flatMap(([, { message }]) => message.split(/\{\w+\}|\$\d| \| /))
    .map((part) => part.trim())
    .filter((part) => /[a-z]{3,} [a-z]{3,}/i.test(part));
}

// happy-dom lays nothing out: the library's scrolling box gets the height a page would give it.
let clientHeight: PropertyDescriptor | undefined;
beforeAll(() => {
  clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 600,
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

describe.each(Object.keys(surfaces))('the %s in both languages', (surface) => {
  it.each<Locale>(['en', 'zh_CN'])(
    'in %s: words from the files, no keys, every control named',
    (locale) => {
      useLocale(locale);
      surfaces[surface]!();
      const text = readerText();
      // A key that is missing shows as nothing, and a key that leaks shows as "group.key".
      expect(text).not.toMatch(
        /\b(?:popup|sidePanel|card|claims|library|knowledgeBase|editor|grade|legend|levels|kinds|relations|pageClaims|importExport|attribution)\.[a-zA-Z]+\b/,
      );
      for (const control of screen.queryAllByRole('button')) {
        expect(control.textContent?.trim() || control.getAttribute('aria-label')).toBeTruthy();
      }
      if (locale === 'zh_CN') {
        expect(text).toMatch(/[\u4e00-\u9fff]{2,}/);
        const leaked = englishOnlyPhrases().filter((phrase) => text.includes(phrase));
        expect(leaked).toEqual([]);
      } else {
        expect(text).not.toMatch(/主体|说法|摘录|知识库/);
      }
    },
  );
});

describe('Chinese words on each surface', () => {
  it('the popup: levels, counts, links, and actors named in Chinese first', () => {
    useLocale('zh_CN');
    surfaces.popup!();
    expect(screen.getByRole('group', { name: '所有网站' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '在 news.example 上' })).toBeTruthy();
    const everywhere = screen.getByRole('group', { name: '所有网站' });
    expect(within(everywhere).getByLabelText('说法')).toBeTruthy();
    expect(within(everywhere).getByText('全部').getAttribute('title')).toBe(
      '全部标注，并标出每句话的信息来源',
    );
    const actors = screen.getByRole('list', { name: '本文提及的主体' });
    expect(within(actors).getByText('蚂蚁集团 (Ant Group)')).toBeTruthy();
    expect(screen.getByText('1 个主体 · 1 条说法 · 0 句有出处的句子 · 0 条已存摘录')).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开侧边栏' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '知识库' })).toBeTruthy();
  });

  it('the side panel: the list, the mentions, the claims and the open card', () => {
    useLocale('zh_CN');
    surfaces['side panel']!();
    const list = screen.getByRole('list', { name: '本页提及的主体' });
    expect(within(list).getByText('提及 2 次')).toBeTruthy();
    expect(within(list).getAllByRole('button')[0]!.textContent).toContain(
      '蚂蚁集团 (Ant Group)公司',
    );
    expect(screen.getByText(/共 1 个主体/)).toBeTruthy();
    expect(screen.getByRole('region', { name: '主体卡片' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /返回列表/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: '本页涉及的说法' })).toBeTruthy();
    expect(screen.getByText('来源一般 · C2')).toBeTruthy();
  });

  it('the actor card: Chinese name first, kind, relation with its date, claims and grade', () => {
    useLocale('zh_CN');
    surfaces['actor card']!();
    expect(screen.getByRole('dialog', { name: '关于蚂蚁集团 (Ant Group)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '蚂蚁集团 (Ant Group)' })).toBeTruthy();
    expect(screen.getByRole('dialog').getAttribute('lang')).toBe('zh-CN');
    const relations = screen.getByRole('list', { name: '关系' });
    expect(relations.textContent).toBe(
      "监管方： 中国人民银行 (People's Bank of China) (自 2020年11月 起)",
    );
    const claims = screen.getByRole('region', { name: '关于蚂蚁集团 (Ant Group)的说法' });
    expect(within(claims).getByRole('img', { name: /^部分证实的说法，B2：/ })).toBeTruthy();
    expect(claims.textContent).toContain('援引匿名消息人士');
    expect(claims.textContent).toContain('2021年4月29日');
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
  });

  it('the claim card: tag with the date, the grade in words and reasons in Chinese', () => {
    useLocale('zh_CN');
    surfaces['claim card']!();
    expect(screen.getByRole('dialog', { name: '关于这一说法' }).textContent).toContain(
      '说法 · 2021年3月24日',
    );
    expect(screen.getByText('来源通常可靠，很可能属实')).toBeTruthy();
    expect(
      screen.getByText(
        /^两家独立媒体：彭博社援引匿名消息人士和Reuters援引具名官员；蚂蚁集团拒绝置评；后续事件部分证实了这一说法/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('list', { name: '这一说法涉及的主体' }).textContent).toBe(
      '蚂蚁集团 (Ant Group)',
    );
  });

  it('the knowledge base: search, results with their kind, origin and status', () => {
    useLocale('zh_CN');
    surfaces['knowledge base']!();
    expect(screen.getByRole('heading', { name: 'RegLens 知识库' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索主体和说法' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '新建主体' })).toBeTruthy();
    expect(screen.getByText('你添加的')).toBeTruthy();
    expect(screen.getByText('已报道')).toBeTruthy();
    expect(screen.getByText('2 个来源')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^编辑说法：/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '导入与导出' })).toBeTruthy();
  });

  it('the library: count, search, filters, sort and rows', () => {
    useLocale('zh_CN');
    surfaces.library!();
    expect(screen.getByRole('heading', { name: '已保存的摘录' })).toBeTruthy();
    expect(screen.getByText('2 条摘录')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索摘录' })).toBeTruthy();
    expect(screen.getByLabelText('主体')).toBeTruthy();
    expect(screen.getByRole('option', { name: '蚂蚁集团 (Ant Group) (1)' })).toBeTruthy();
    expect(screen.getByLabelText('排序方式')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^打开原文/ })).toHaveLength(2);
    expect(screen.getByText('发布于2021年4月29日')).toBeTruthy();
  });
});
