import { useTranslation } from 'react-i18next';
import { variantPairs } from '../../domain/compare/comparison';
import { variantKinds } from '../../domain/variant';

/** The head of a table of figures: the first column, one per variant, one per pair ("as-is → to-be"). */
export function VariantColumnsHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {variantKinds.map((kind) => (
          <th scope="col" key={kind}>
            {t(`variant.${kind}`)}
          </th>
        ))}
        {variantPairs.map(([from, to]) => (
          <th scope="col" key={`${from}-${to}`}>
            {t('compare.pair', { from: t(`variant.${from}`), to: t(`variant.${to}`) })}
          </th>
        ))}
      </tr>
    </thead>
  );
}
