import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementChange, MarkerCategory, VariantDiff } from '../../../domain/diff/types';
import { changeCategory, describeChange, type EntryName } from './describeChange';

interface Props {
  diff: VariantDiff;
  entryName: EntryName;
  onReveal(change: ElementChange): void;
}

const filteredKinds = ['added', 'removed', 'changed'] as const;

/**
 * The changes in words, one button each that shows the element in both diagrams. Moves on the
 * canvas alone are many after any re-layout and say nothing about the process: hidden until asked.
 */
export function ChangeList({ diff, entryName, onReveal }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Record<MarkerCategory, boolean>>({ added: true, removed: true, changed: true, layout: false });
  const { summary } = diff;
  const counts: Record<MarkerCategory, number> = { added: summary.added, removed: summary.removed, changed: summary.changed, layout: summary.layoutOnly };
  const toggle = (category: MarkerCategory) => setShown((current) => ({ ...current, [category]: !current[category] }));
  const visible = diff.changes.filter((change) => shown[changeCategory(change)]);

  return (
    <div className="diff-changes">
      <div className="diff-changes__filters" role="group" aria-label={t('diff.filter')}>
        {filteredKinds.map((kind) => (
          <button key={kind} type="button" className={`diff-filter diff-filter--${kind}`} aria-pressed={shown[kind]} onClick={() => toggle(kind)}>
            {t('diff.filterKind', { kind: t(`diff.kind.${kind}`), count: counts[kind] })}
          </button>
        ))}
        <label className="inline-control">
          <input type="checkbox" checked={shown.layout} onChange={() => toggle('layout')} />
          {t('diff.showLayout', { count: counts.layout })}
        </label>
      </div>
      {diff.changes.length === 0 ? (
        <p>{t('diff.noChanges')}</p>
      ) : visible.length === 0 ? (
        <p className="muted">{t('diff.noneShown')}</p>
      ) : (
        <ul className="diff-changes__list" aria-label={t('diff.changesTitle')}>
          {visible.map((change) => {
            const category = changeCategory(change);
            const text = describeChange(change, t, entryName);
            return (
              <li key={`${change.oldId ?? ''}>${change.newId ?? ''}`}>
                <button type="button" className={`diff-change diff-change--${category}`} onClick={() => onReveal(change)}>
                  <span className="diff-change__head">
                    <span className="diff-change__kind">{t(`diff.kind.${category}`)}</span>
                    <span className="diff-change__element">{text.element}</span>
                  </span>
                  {text.details.map((detail, index) => (
                    <span key={index} className="diff-change__detail">
                      {detail}
                    </span>
                  ))}
                  {change.matchedBy && change.matchedBy !== 'id' && <span className="diff-change__matched">{t('diff.matchedNote', { how: t(`diff.matchedBy.${change.matchedBy}`) })}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
