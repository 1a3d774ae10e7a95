import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { citationsOf } from '../../domain/journey/links';
import type { VariantKind } from '../../domain/variant';
import { listJourneyMaps } from '../../storage/journeyRepository';
import { workspaceDb } from '../../storage/workspace';

/** In the step panel: the journey map cards that cite the selected step, each leading to its map. */
export function StepJourneyCards({ variantKind, elementId }: { variantKind: VariantKind; elementId: string }) {
  const { t } = useTranslation();
  const { projectId, processId } = useParams<{ projectId?: string; processId?: string }>();
  const maps = useLiveQuery(async () => (processId ? (await listJourneyMaps(workspaceDb, processId, variantKind)).items : []), [processId, variantKind]);
  const cited = maps ? citationsOf(maps, elementId) : [];
  return (
    <details open={cited.length > 0} className="panel-section" data-testid="step-journey-cards">
      <summary>{t('journey.stepCards.title', { count: cited.length })}</summary>
      {cited.length === 0 ? (
        <p className="muted">{t('journey.stepCards.none')}</p>
      ) : (
        <ul className="uses">
          {cited.map(({ map, card }) => (
            <li key={`${map.id}-${card.id}`}>
              <Link href={`/project/${projectId}/process/${processId}/journey/${variantKind}/${map.id}`}>{card.text || t('journey.card.untitled')}</Link>
              <div className="muted">{map.name}</div>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
