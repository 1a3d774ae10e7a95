import type { TFunction } from 'i18next';
import type { MetricItem } from '../../domain/compare/metrics';

/** An item a metric counted, as the user reads it: channels are codes the UI translates. */
export function itemName(t: TFunction, item: MetricItem): string {
  return item.kind === 'channel' ? t(`stepData.channel_${item.name}`) : item.name;
}
