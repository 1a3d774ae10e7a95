import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../domain/passport/checklist';

const shownSteps = 5;

/** What an item says, and what is missing for it, in the UI's language. */
export function useChecklistText(): { label(item: ChecklistItem, optimalRequired: boolean): string; missing(item: ChecklistItem, items: readonly ChecklistItem[]): string } {
  const { t } = useTranslation();
  return {
    label: (item, optimalRequired) => (item.id === 'targetDrawn' && optimalRequired ? t('passport.checklist.items.targetAndOptimal') : t(`passport.checklist.items.${item.id}`)),
    missing(item, items) {
      if (item.done) return '';
      switch (item.id) {
        case 'stepData': {
          if (items.find((other) => other.id === 'asIsDrawn')?.done === false) return t('passport.checklist.missing.asIs');
          const steps = item.missing.slice(0, shownSteps).join(', ') + (item.missing.length > shownSteps ? ', …' : '');
          return t('passport.checklist.missing.stepData', { count: item.missing.length, steps });
        }
        case 'interviews':
        case 'targetDrawn':
        case 'plan':
          return item.missing.map((code) => t(`passport.checklist.missing.${code}`)).join('; ');
        default:
          return '';
      }
    },
  };
}
