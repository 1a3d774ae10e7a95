import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../domain/compare/comparison';
import type { TermBounds } from '../../domain/compare/serviceTerm';
import type { VariantKind } from '../../domain/variant';
import { useFormat } from '../ui/format';

interface Props {
  comparison: Comparison;
  bounds: Partial<Record<VariantKind, TermBounds>>;
  disabled: boolean;
  onChange(kind: VariantKind, bounds: TermBounds): void;
}

/**
 * Where each variant's service term starts and ends (the step accepting the application, the
 * step issuing the result), the typical and the longest term between them, and what keeps the
 * figure from being trusted: an end not reached from the start, no provider step known, gateways
 * without a typical outcome.
 */
export function TermBoundsPanel({ comparison, bounds, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="term-bounds" aria-labelledby="compare-term" data-testid="term-bounds">
      <h3 id="compare-term">{t('compare.term.title')}</h3>
      <p className="muted">{t('compare.term.hint')}</p>
      <table className="term-bounds__table">
        <thead>
          <tr>
            <th scope="col">{t('compare.term.variant')}</th>
            <th scope="col">{t('compare.term.startColumn')}</th>
            <th scope="col">{t('compare.term.endColumn')}</th>
            <th scope="col">{t('compare.term.typicalColumn')}</th>
            <th scope="col">{t('compare.term.longestColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.variants.map((kind) => {
            const term = comparison.terms[kind];
            if (!term) return null;
            const chosen = bounds[kind] ?? { start: null, end: null };
            const nameOf = (id: string | null) => term.candidates.find((step) => step.id === id)?.name;
            const select = (end: 'start' | 'end') => {
              const fallback = nameOf(term.defaults[end]);
              return (
                <select
                  aria-label={t(`compare.term.${end}`, { variant: t(`variant.${kind}`) })}
                  value={chosen[end] ?? ''}
                  disabled={disabled}
                  onChange={(e) => {
                    const picked = e.target.value || null;
                    onChange(kind, { ...chosen, [end]: picked });
                  }}
                >
                  <option value="">{fallback ? t('compare.term.byDefault', { step: fallback }) : t(end === 'start' ? 'compare.term.byDefaultProcess' : 'compare.term.byDefaultProcessEnd')}</option>
                  {term.candidates.map((step) => (
                    <option key={step.id} value={step.id}>
                      {step.name}
                    </option>
                  ))}
                </select>
              );
            };
            const notes = [
              ...(term.basis === 'process' ? [t('compare.term.noProvider')] : []),
              ...(term.unmarkedGateways.length ? [t('compare.term.unmarked', { count: term.unmarkedGateways.length })] : []),
            ];
            return (
              <tr key={kind} data-variant={kind}>
                <th scope="row">
                  {t(`variant.${kind}`)}
                  {notes.map((note) => (
                    <p key={note} className="muted term-bounds__note">
                      {note}
                    </p>
                  ))}
                </th>
                <td>{select('start')}</td>
                <td>{select('end')}</td>
                {term.typical && term.longest ? (
                  <>
                    <td className="figure" data-testid={`term-typical-${kind}`}>
                      {format.duration(term.typical.workingDays)}
                    </td>
                    <td className="figure" data-testid={`term-longest-${kind}`}>
                      {format.duration(term.longest.workingDays)}
                    </td>
                  </>
                ) : (
                  <td colSpan={2} className="banner banner--warning">
                    {t('compare.term.unreachable')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
