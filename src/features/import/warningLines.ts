import type { TFunction } from 'i18next';
import type { WarningGroup } from '../../domain/bpmnWarnings';

/** One translated line per group of warnings, naming the first few subjects in quotes. */
export function warningLines(groups: readonly WarningGroup[], t: TFunction): string[] {
  return groups.map((group) => {
    const named = group.subjects.map((subject) => `«${subject}»`).join(', ');
    const subjects = group.distinct > group.subjects.length ? `${named} ${t('warning.andMore', { count: group.distinct - group.subjects.length })}` : named;
    const byNamespace = group.kind === 'unknownElement' || group.kind === 'misplacedElement';
    const key = byNamespace && !group.prefix ? `${group.kind}NoPrefix` : group.kind;
    return t(`warning.${key}`, { count: group.count, subjects, prefix: group.prefix });
  });
}
