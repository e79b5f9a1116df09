/**
 * The sample article of the first-run page: a short passage in English and one in Chinese,
 * annotated by the same pure functions the annotator's analysers use (the name matcher, the claim
 * matcher, the attribution classifier), on the bundled knowledge. Written for the page; no
 * outlet published it.
 */
import { compileBundledCues } from './background/analyzers/attributions';
import type { Actor, Claim } from './kb/schema';
import { datasetSchema } from './kb/schema';
import { gradeWithNames } from './kb/queries';
import type { AttributionClassifier, AttributionKind } from './match/attribution';
import {
  createClaimMatcher,
  createMatcher,
  splitSentences,
  type ClaimMatcher,
  type Matcher,
} from './match';
import type { ActorKind } from './kb/schema';
import type { SourcingGrade } from './sourcing/types';

type GradeLevel = SourcingGrade['level'];

export interface SamplePassage {
  lang: 'en' | 'zh';
  headline: string;
  text: string;
}

export const samplePassages: readonly SamplePassage[] = [
  {
    lang: 'en',
    headline: 'Central bank presses Ant over credit data',
    text:
      "The People's Bank of China wanted Ant Group to hand its data to a state-controlled " +
      'credit-scoring company run by former central-bank officials, while Ant wanted to lead the ' +
      'new firm, people familiar with the matter said. Jack Ma, who founded the company, has kept ' +
      "out of sight since Ant Group's IPO was halted, Bloomberg News reported. Ant Group did not " +
      'immediately respond to a request for comment. The Cyberspace Administration of China said ' +
      'in a statement that Alipay and other apps must follow the Personal Information Protection Law.',
  },
  {
    lang: 'zh',
    headline: '蚂蚁集团信贷数据接入央行征信',
    text:
      '知情人士透露，蚂蚁集团已同意将花呗和借呗的消费信贷数据逐步接入中国人民银行征信中心。' +
      '蚂蚁集团未回应置评请求。据彭博社报道，马云并未参与相关谈判。' +
      '国家互联网信息办公室在声明中表示，平台须依照《个人信息保护法》处理用户信息。',
  },
];

/** What the sample's marks need from the knowledge base. */
export interface SampleKnowledge {
  actors: ReadonlyMap<string, Actor>;
  names: Matcher;
  claims: ClaimMatcher;
  grades: ReadonlyMap<string, { statement: string; level: GradeLevel }>;
  cues: AttributionClassifier;
}

/** The knowledge the sample is read with, from a dataset such as the bundled core.json. */
export function sampleKnowledge(dataset: unknown): SampleKnowledge {
  const { actors, claims } = datasetSchema.parse(dataset) as { actors: Actor[]; claims: Claim[] };
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return {
    actors: byId,
    names: createMatcher(actors),
    claims: createClaimMatcher(claims),
    grades: new Map(
      claims.map((claim) => [
        claim.id,
        { statement: claim.statement, level: gradeWithNames(claim, byId).level },
      ]),
    ),
    cues: compileBundledCues(),
  };
}

export interface SampleName {
  start: number;
  end: number;
  actorId: string;
  name: string;
  kind: ActorKind;
}
export interface SampleClaim {
  start: number;
  end: number;
  claimId: string;
  statement: string;
  level: GradeLevel;
}
export interface SampleCue {
  start: number;
  end: number;
  kind: AttributionKind;
}

export interface AnnotatedPassage extends SamplePassage {
  names: SampleName[];
  claims: SampleClaim[];
  /** The words that say where each attributed sentence comes from. */
  cues: SampleCue[];
}

/** Reads each passage as the analysers read an article's text. */
export function annotateSample(
  passages: readonly SamplePassage[],
  knowledge: SampleKnowledge,
): AnnotatedPassage[] {
  return passages.map((passage) => {
    const mentions = knowledge.names.match(passage.text);
    const names = mentions.flatMap(({ actorId, start, end }) => {
      const actor = knowledge.actors.get(actorId);
      return actor ? [{ start, end, actorId, name: actor.names.en, kind: actor.kind }] : [];
    });
    const claims = knowledge.claims
      .match(passage.text, mentions)
      .flatMap(({ claimId, start, end }) => {
        const grade = knowledge.grades.get(claimId);
        return grade ? [{ start, end, claimId, ...grade }] : [];
      });
    const cues = knowledge.cues
      .find(passage.text, splitSentences(passage.text))
      .map(({ kind, cueStart, cueEnd }) => ({ kind, start: cueStart, end: cueEnd }));
    return { ...passage, names, claims, cues };
  });
}
