import type { ActorCardData } from '@/lib/kb/types';
import { ActorCard } from './ActorCard';
import { t } from '@/lib/i18n';
import { displayName } from '@/lib/reader-language';

/** "About this site": the card of the outlet that publishes here, one click away. */
export function OutletDetails({
  card,
  onSelectActor,
}: {
  card: ActorCardData;
  onSelectActor?: (id: string) => void;
}) {
  return (
    <details className="rounded border border-slate-200 p-2 text-sm dark:border-neutral-800">
      <summary className="cursor-pointer font-medium">
        {t('card.aboutSite', { name: displayName(card.actor.names) })}
      </summary>
      <div className="mt-2 [&>section]:w-full">
        <ActorCard data={card} onSelectActor={onSelectActor} />
      </div>
    </details>
  );
}
