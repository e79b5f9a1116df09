import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelView } from '@/components/SidePanelView';
import { browser } from 'wxt/browser';
import {
  useActorCard,
  useClaimCard,
  useFindings,
  useOutletCard,
  usePageSnippets,
  useSettings,
  useShownTab,
  type ActiveTab,
} from '@/lib/extension-hooks';
import { levelForHost } from '@/lib/settings';
import { send } from '@/lib/send';
import { pinnedTabId } from '@/lib/pinned-tab';
import { t } from '@/lib/i18n';
import { localizePage } from '@/lib/reader-language';
import '@/components/styles.css';

function TabPanel({ tab, revision }: { tab: ActiveTab | null; revision: number }) {
  const settings = useSettings();
  const findings = useFindings(tab?.id, settings, revision);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const card = useActorCard(selectedId, 0);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const claimCard = useClaimCard(selectedClaimId);
  const outletCard = useOutletCard(tab?.host ?? null);
  const snippets = usePageSnippets(findings?.url ?? null, revision);
  const host = tab?.host ?? null;
  const level = settings ? (host ? levelForHost(settings, host) : settings.level) : null;
  return (
    <SidePanelView
      findings={findings}
      level={level}
      selectedId={selectedId}
      card={card}
      onSelect={setSelectedId}
      onSelectActor={setSelectedId}
      onBack={() => setSelectedId(null)}
      selectedClaimId={selectedClaimId}
      claimCard={claimCard}
      onSelectClaim={setSelectedClaimId}
      snippets={snippets}
      onOpenLibrary={() =>
        void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })
      }
      outletCard={outletCard}
      onReveal={(entry) =>
        tab
          ? send('page.reveal', {
              tabId: tab.id,
              layer: entry.layer,
              start: entry.start,
              end: entry.end,
            })
          : Promise.resolve(false)
      }
    />
  );
}

function SidePanel() {
  const { tab, revision } = useShownTab(pinnedTabId(location.search));
  // Keyed by the tab, so neither an open card nor the last tab's findings carry over to another.
  return <TabPanel key={tab?.id ?? 'none'} tab={tab} revision={revision} />;
}

localizePage(document, t('pages.sidePanel'));
createRoot(document.getElementById('root')!).render(<SidePanel />);
