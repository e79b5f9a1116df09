import { createRoot } from 'react-dom/client';
import { WelcomeView } from '@/components/WelcomeView';
import { t } from '@/lib/i18n';
import { localizePage } from '@/lib/reader-language';
import core from '@/assets/datasets/core.json';
import { annotateSample, sampleKnowledge, samplePassages } from '@/lib/welcome-sample';
import '@/components/styles.css';

localizePage(document, t('welcome.title'));
createRoot(document.getElementById('root')!).render(
  <WelcomeView passages={annotateSample(samplePassages, sampleKnowledge(core))} />,
);
