/**
 * Why detection passed a page over, in the reader's language. Detection (lib/page/detect.ts)
 * writes its reason in English into the page's signals, which the read-out reports as they are;
 * the popup and the side panel say it in the reader's words, shape by shape. A shape this does
 * not know is shown as detection wrote it.
 */
import { t } from '@/lib/i18n';

function againstWords(part: string): string {
  let match: RegExpExecArray | null;
  if (part === 'no article markup and no other sign') return t('detect.noSign');
  if (part === 'its address is a search') return t('detect.searchAddress');
  if (part === 'its text is scattered in short pieces, as on a front page')
    return t('detect.scattered');
  if ((match = /^the page says it is a (.+)$/.exec(part)))
    return t('detect.saysItIs', { type: match[1]! });
  if ((match = /^it holds (\d+) article cards, as a front page does$/.exec(part)))
    return t('detect.articleCards', { n: match[1]! });
  if ((match = /^(\d+)% of its text is links$/.exec(part)))
    return t('detect.links', { n: match[1]! });
  if ((match = /^(\d+)% of its main text is links$/.exec(part)))
    return t('detect.rootLinks', { n: match[1]! });
  if ((match = /^it has (\d+) form controls$/.exec(part)))
    return t('detect.formControls', { n: match[1]! });
  return part;
}

export function rejectionWords(reason: string): string {
  let match: RegExpExecArray | null;
  if (reason === 'the page has no body') return t('detect.noBody');
  if (reason.startsWith('no prose found:')) return t('detect.noProse');
  if ((match = /^too little prose: (\d+) characters? in (\d+) paragraphs?$/.exec(reason))) {
    const chars = Number(match[1]);
    const paragraphs = Number(match[2]);
    return t('detect.tooLittle', {
      chars: t('detect.characters', chars),
      paragraphs: t('detect.paragraphs', paragraphs),
    });
  }
  if ((match = /^not enough signs of an article \((-?\d+) of (\d+) points\): (.*)$/.exec(reason))) {
    const why = match[3]!.split('; ').map(againstWords).join(t('detect.separator'));
    return t('detect.notEnough', { score: match[1]!, needed: match[2]!, why });
  }
  return reason;
}
