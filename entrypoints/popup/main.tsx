import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import { useFindings, useOutletCard, useSettings, useShownTab } from '@/lib/extension-hooks';
import { setGlobalLevel, setSiteLevel, setSitePolicy } from '@/lib/settings-store';
import { policyForHost } from '@/lib/settings';
import { pinnedTabId } from '@/lib/pinned-tab';
import { annotateTab } from '@/lib/annotate-tab';
import { t } from '@/lib/i18n';
import { localizePage } from '@/lib/reader-language';
import { sidePanelOpener } from '@/lib/side-panel';
import '@/components/styles.css';

const openSidePanel = sidePanelOpener();

function Popup() {
  const settings = useSettings();
  // Followed as the tab reports, so "Annotate this page" shows its findings at once.
  const { tab, revision } = useShownTab(pinnedTabId(location.search));
  const findings = useFindings(tab?.id, settings, revision);
  const host = tab?.host ?? null;
  const outletCard = useOutletCard(host);
  if (!settings) return null;
  return (
    <PopupView
      host={host}
      globalLevel={settings.level}
      siteLevel={host ? (settings.sites[host] ?? null) : null}
      findings={findings}
      onGlobalLevel={(level) => setGlobalLevel(level)}
      onSiteLevel={(level) => (host ? setSiteLevel(host, level) : undefined)}
      // Opened straight from the click, with the window already known: Chrome opens a side
      // panel only in answer to a user gesture.
      onOpenSidePanel={
        tab && openSidePanel
          ? () => void openSidePanel(tab.windowId).then(() => window.close())
          : undefined
      }
      outletCard={outletCard}
      site={{
        policy: host ? policyForHost(settings, host) : 'detect',
        onPolicy: (policy) => (host ? setSitePolicy(host, policy) : undefined),
        onAnnotate: (scope) => annotateTab(tab?.id, scope),
      }}
      onOpenLibrary={() =>
        void browser.tabs
          .create({ url: browser.runtime.getURL('/library.html') })
          .then(() => window.close())
      }
      onOpenKnowledgeBase={() =>
        void browser.tabs
          .create({ url: browser.runtime.getURL('/knowledge-base.html') })
          .then(() => window.close())
      }
    />
  );
}

localizePage(document, t('pages.popup'));
createRoot(document.getElementById('root')!).render(<Popup />);
