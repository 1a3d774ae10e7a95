import type { TFunction } from 'i18next';
import type { SourceItem, SourceItemKind } from '../../domain/plan/plan';
import type { ProposedAction } from '../../domain/plan/proposals';

/**
 * The words of a proposal, in the UI's language: the action and expected result a row gets when
 * the proposal is accepted (the team edits them from there), and its items as "what it came from".
 */
export function proposalAction(proposal: ProposedAction, t: TFunction): string {
  const { subject, items } = proposal;
  const named = (kind: SourceItemKind) => quoted(items.filter((item) => item.kind === kind));
  const parts = (entries: [string, string][]) =>
    entries
      .filter(([, list]) => list)
      .map(([key, list]) => t(`plan.proposal.part.${key}`, { list }))
      .join('; ');
  const merged = items.filter((item) => item.kind === 'stepMerged').map((item) => t('plan.proposal.mergedStep', { name: item.name, into: item.mergedInto ?? '' }));
  const system = subject.owner ? t('plan.proposal.systemOwner', { system: subject.name, owner: subject.owner }) : t('plan.proposal.system', { system: subject.name });
  switch (proposal.rule) {
    case 'documentsLegal':
      return t(subject.name ? 'plan.proposal.documentsLegal' : 'plan.proposal.documentsLegalNoAct', { act: subject.name, list: named('documentNotAsked') });
    case 'integration':
      return t(subject.name ? 'plan.proposal.integration' : 'plan.proposal.integrationNoSystem', {
        system,
        list: parts([
          ['documents', named('documentNotAsked')],
          ['fields', named('fieldFromSystem')],
        ]),
      });
    case 'modifySystem':
      return t(subject.name ? 'plan.proposal.modifySystem' : 'plan.proposal.modifySystemNoSystem', { system, list: named('stepAutomated') });
    case 'approvals':
      return t('plan.proposal.regulation', {
        list: parts([
          ['approvals', named('approvalRemoved')],
          ['collegial', named('collegialRemoved')],
        ]),
      });
    case 'regulationSteps':
      return t('plan.proposal.regulation', { list: [parts([['removedSteps', named('stepRemoved')]]), ...merged].filter(Boolean).join('; ') });
    case 'awareness':
      return t('plan.proposal.awareness', {
        list: [
          ...items.filter((item) => item.kind === 'channelAdded').map((item) => t('plan.proposal.channel', { channel: channelName(item, t) })),
          ...items.filter((item) => item.kind === 'proactive').map(() => t('plan.proposal.proactive')),
        ].join(t('plan.proposal.and')),
      });
  }
}

export function proposalResult(proposal: ProposedAction, t: TFunction): string {
  return t(`plan.result.${proposal.rule}`);
}

/** Who a row of the proposal is for, when the comparison knows: the body that owns the system. */
export function proposalResponsible(proposal: ProposedAction): string {
  return proposal.rule === 'integration' || proposal.rule === 'modifySystem' ? proposal.subject.owner : '';
}

/** One item as a phrase: документ «Удостоверение личности» больше не истребуется. */
export function itemLabel(item: SourceItem, t: TFunction): string {
  return t(`plan.item.${item.kind}`, { name: item.name, into: item.mergedInto ?? '', channel: channelName(item, t) });
}

export function itemList(items: readonly SourceItem[], t: TFunction): string {
  return items.map((item) => itemLabel(item, t)).join('; ');
}

function channelName(item: SourceItem, t: TFunction): string {
  return item.kind === 'channelAdded' ? t(`stepData.channel_${item.key}`, { defaultValue: item.key }) : '';
}

function quoted(items: readonly SourceItem[]): string {
  return items.map((item) => `«${item.name}»`).join(', ');
}
