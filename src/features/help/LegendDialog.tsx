import { useTranslation } from 'react-i18next';
import type { BadgeKind } from '../../bpmn/badges/badgeIcons';
import { Dialog } from '../ui/Dialog';
import { BadgeIcon } from './BadgeIcon';

const badges: { kind: BadgeKind; count?: number }[] = [{ kind: 'documents', count: 2 }, { kind: 'manualFields', count: 3 }, { kind: 'inPerson' }, { kind: 'approval' }];

/**
 * What the marks on the canvas mean: the step badges (white, across a step's bottom-left edge) and
 * the marks of the checks (a coloured outline and a round count at the top right), which look alike.
 */
export function LegendDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('help.legend.title')} open={open} onClose={onClose}>
      <h3 className="legend__heading">{t('help.legend.badges')}</h3>
      <p className="muted">{t('help.legend.badgesIntro')}</p>
      <dl className="legend">
        {badges.map(({ kind, count }) => (
          <div key={kind} className="legend__row">
            <dt>
              <span className="rw-step-badges legend__sample">
                <span className={`rw-step-badge rw-step-badge--${kind}`}>
                  <BadgeIcon kind={kind} />
                  {count !== undefined && <span className="rw-step-badge__count">{count}</span>}
                </span>
              </span>
            </dt>
            <dd>{t(`help.legend.badge.${kind}`)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="legend__heading">{t('help.legend.checks')}</h3>
      <p className="muted">{t('help.legend.checksIntro')}</p>
      <dl className="legend">
        {(['error', 'warn'] as const).map((category) => (
          <div key={category} className="legend__row">
            <dt>
              <span className={`legend__outline legend__outline--${category}`} />
              <span className={`rw-lint-chip rw-lint--${category} legend__sample`}>2</span>
            </dt>
            <dd>{t(`help.legend.check.${category}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
