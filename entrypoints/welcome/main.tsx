import { createRoot } from 'react-dom/client';
import { WelcomeView } from '@/components/WelcomeView';
import { t } from '@/lib/i18n';
import core from '@/assets/datasets/core.json';
import { annotateSample, sampleKnowledge, samplePassages } from '@/lib/welcome-sample';
import '@/components/styles.css';

document.title = t('welcome.title');
document.documentElement.lang = t('@@ui_locale').replace('_', '-');
createRoot(document.getElementById('root')!).render(
  <WelcomeView passages={annotateSample(samplePassages, sampleKnowledge(core))} />,
);
