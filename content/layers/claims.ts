/**
 * Claims: each sentence that retells a claim the knowledge base holds is marked in its own style,
 * and a dwell on it opens the claim's card: how well it is sourced, by whom, and what came later.
 */
import type { ClaimSentence } from '@/lib/background/analyzers/claims';
import { markHighlighter } from '@/lib/marks';
import { t } from '@/lib/i18n';
import { shortened } from '../mark-walker';
import { createMarkPainter } from '../mark-painter';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from '../types';

function start(context: LayerContext): LayerSession {
  const statements = new Map<string, string>();
  const painter = createMarkPainter<ClaimSentence>(context, {
    highlighter: (scheme) => markHighlighter('claims', scheme),
    cardFor: (sentence) => ({ kind: 'claim', id: sentence.claimId }),
    describe: (sentence) => ({
      name: shortened(statements.get(sentence.claimId) ?? sentence.text),
      kind: t('walk.kindClaim'),
    }),
  });
  const addPassage = ({ analyses, textMap }: Passage) => {
    for (const [id, claim] of Object.entries(analyses.claims?.claims ?? {})) {
      statements.set(id, claim.statement);
    }
    painter.paint(textMap, analyses.claims?.sentences ?? []);
  };
  context.page.passages.forEach(addPassage);
  return { addPassage };
}

export const claims: AnnotationLayer<'claims'> = {
  id: 'claims',
  level: 'claims',
  findingsKey: 'claims',
  start,
  report: (analysis) =>
    analysis.sentences.flatMap(({ claimId, text, start, end }) => {
      const grade = analysis.claims[claimId]?.grade;
      return grade
        ? [
            {
              claimId,
              text,
              start,
              end,
              grade: {
                level: grade.level,
                reliability: grade.reliability,
                credibility: grade.credibility,
              },
            },
          ]
        : [];
    }),
};
