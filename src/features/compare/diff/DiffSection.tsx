import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairKey, type ProcessAssessment, type VariantPairKey } from '../../../domain/compare/assessment';
import type { DictionaryEntry } from '../../../domain/dictionary/dictionary';
import type { MatchOverride } from '../../../domain/diff/matchSteps';
import { variantKinds, type Variant, type VariantKind } from '../../../domain/variant';
import { SyncViewsToggle } from '../../editor/SyncViewsToggle';
import { VariantDiffView } from './VariantDiffView';
import './diff.css';

interface Props {
  variants: Partial<Record<VariantKind, Variant>>;
  dictionary: readonly DictionaryEntry[];
  matchOverrides: ProcessAssessment['matchOverrides'];
  onMatchOverrides(pair: VariantPairKey, overrides: MatchOverride[]): void;
}

type Pair = { old: VariantKind; new: VariantKind };

/** The visual diff of two variants of the process: which two, then the diagrams, the changes and the matching. */
export function DiffSection({ variants, dictionary, matchOverrides, onMatchOverrides }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Pair | null>(null);
  const existing = variantKinds.filter((kind) => variants[kind]);
  if (existing.length < 2) return <p className="empty-state">{t('diff.needTwo')}</p>;

  // As-is → to-be by default, else the first two there are, in the order the procedure makes them.
  const pair: Pair = chosen && variants[chosen.old] && variants[chosen.new] ? chosen : { old: existing[0]!, new: existing[1]! };
  // Picking on one side the variant shown on the other swaps them rather than comparing a variant with itself.
  const choose = (side: keyof Pair, kind: VariantKind) => {
    const other = side === 'old' ? 'new' : 'old';
    setChosen({ ...pair, [side]: kind, [other]: pair[other] === kind ? pair[side] : pair[other] } as Pair);
  };
  const key = pairKey(pair.old, pair.new);
  const names = new Map(dictionary.map((entry) => [entry.id, entry.name]));

  return (
    <div className="diff">
      <div className="diff__pair">
        {(['old', 'new'] as const).map((side) => (
          <label key={side} className="inline-control">
            {t(`diff.${side}`)}
            <select value={pair[side]} onChange={(e) => choose(side, e.target.value as VariantKind)}>
              {existing.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`variant.${kind}Long`)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <SyncViewsToggle />
      </div>
      <VariantDiffView
        key={key}
        oldSide={{ xml: variants[pair.old]!.xml, title: t(`variant.${pair.old}`) }}
        newSide={{ xml: variants[pair.new]!.xml, title: t(`variant.${pair.new}`) }}
        entryName={(ref) => names.get(ref) ?? t('stepData.unknownEntry', { id: ref })}
        matching={{ overrides: matchOverrides[key] ?? [], onOverrides: (overrides) => onMatchOverrides(key, overrides) }}
      />
    </div>
  );
}
