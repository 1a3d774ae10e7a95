import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchOverride } from '../../../domain/diff/matchSteps';
import type { ElementChange, VariantDiff } from '../../../domain/diff/types';
import { elementLabel } from './describeChange';
import { matchGroup, withOverride } from './matchOverrides';

type Side = 'old' | 'new';

interface Props {
  diff: VariantDiff;
  overrides: readonly MatchOverride[];
  onChange(overrides: MatchOverride[]): void;
  /** The element as drawn on that side, for pairs the change list may not mention. */
  labelOf(side: Side, id: string): string;
  variantNames: Record<Side, string>;
}

/**
 * "Сопоставление шагов": the pairs made by name (which may be wrong) or by the user, with a way to
 * part them, and a way to pair an unmatched old step with an unmatched new one.
 */
export function MatchCorrection({ diff, overrides, onChange, labelOf, variantNames }: Props) {
  const { t } = useTranslation();
  const [oldId, setOldId] = useState('');
  const [newId, setNewId] = useState('');
  const reviewed = diff.matches.filter((pair) => pair.by !== 'id');
  const unmatchedOld = diff.changes.filter((change) => change.kind === 'removed');
  const chosenOld = unmatchedOld.find((change) => change.oldId === oldId);
  const unmatchedNew = diff.changes.filter((change) => change.kind === 'added' && (!chosenOld || matchGroup(change.elementType) === matchGroup(chosenOld.elementType)));
  const chosenNew = unmatchedNew.find((change) => change.newId === newId);
  const save = (override: MatchOverride) => onChange(withOverride(overrides, override));
  const label = (change: ElementChange, side: Side) => elementLabel(t, change.elementType, side === 'old' ? change.oldName : change.newName);

  return (
    <details className="diff-matching">
      <summary>{t('diff.matching.title')}</summary>
      <p className="muted">{t('diff.matching.hint')}</p>
      {reviewed.length === 0 ? (
        <p>{t('diff.matching.allById')}</p>
      ) : (
        <table className="diff-matching__pairs">
          <thead>
            <tr>
              <th scope="col">{variantNames.old}</th>
              <th scope="col">{variantNames.new}</th>
              <th scope="col">{t('diff.matching.how')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('diff.matching.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reviewed.map((pair) => (
              <tr key={pair.oldId}>
                <td>{labelOf('old', pair.oldId)}</td>
                <td>{labelOf('new', pair.newId)}</td>
                <td>{t(`diff.matchedBy.${pair.by}`)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('diff.matching.unmatchPair', { old: labelOf('old', pair.oldId), new: labelOf('new', pair.newId) })}
                    onClick={() => save({ oldId: pair.oldId, newId: null })}
                  >
                    {t('diff.matching.unmatch')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <fieldset className="diff-matching__add">
        <legend>{t('diff.matching.addTitle')}</legend>
        {unmatchedOld.length === 0 || diff.summary.added === 0 ? (
          <p className="muted">{t('diff.matching.nothingToMatch')}</p>
        ) : (
          <>
            <label>
              {t('diff.matching.stepOf', { variant: variantNames.old })}
              <select value={oldId} onChange={(e) => setOldId(e.target.value)}>
                <option value="">{t('diff.matching.choose')}</option>
                {unmatchedOld.map((change) => (
                  <option key={change.oldId} value={change.oldId}>
                    {label(change, 'old')}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('diff.matching.stepOf', { variant: variantNames.new })}
              <select value={chosenNew ? newId : ''} onChange={(e) => setNewId(e.target.value)}>
                <option value="">{t('diff.matching.choose')}</option>
                {unmatchedNew.map((change) => (
                  <option key={change.newId} value={change.newId}>
                    {label(change, 'new')}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={!chosenOld || !chosenNew}
              onClick={() => {
                save({ oldId, newId });
                setOldId('');
                setNewId('');
              }}
            >
              {t('diff.matching.match')}
            </button>
          </>
        )}
      </fieldset>
      {overrides.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {t('diff.matching.reset')}
        </button>
      )}
    </details>
  );
}
