import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVariant } from '../compare/parsedVariant';
import { extractDictionary } from '../dictionary/embeddedDictionary';
import { diffPreparedVariants } from '../diff/diffVariants';
import { emptyPlan, itemId } from './plan';
import { addRow, dismissProposal, newRow } from './planEdits';
import { pendingProposals, proposeActions, rowBacking, sourceOf, type ProposalInput, type ProposedAction } from './proposals';

type Sample = 'birth-registration' | 'criminal-record-certificate';

/** A sample's as-is and to-be (or another target) as the plan page reads them; `edit` changes the target's XML first. */
async function sampleInput(sample: Sample, { proactive = false, target = 'to-be', edit = (xml: string) => xml } = {}): Promise<ProposalInput> {
  const read = (variant: string) => extractDictionary(readFileSync(resolve(import.meta.dirname, '../../../models', sample, `${variant}.bpmn`), 'utf8'));
  const [asIs, toBe] = await Promise.all([read('as-is'), read(target)]);
  const [before, after] = await Promise.all([parseVariant(asIs.xml), parseVariant(edit(toBe.xml))]);
  const dictionary = [...new Map([...asIs.entries, ...toBe.entries].map((entry) => [entry.id, entry])).values()];
  return { asIs: before.facts, target: after.facts, diff: diffPreparedVariants(before.prepared, after.prepared), dictionary, proactive };
}

const summary = (proposals: ProposedAction[]) => proposals.map((p) => `${p.key} | ${p.items.map(itemId).join(' ')}`);
const byKey = (proposals: ProposedAction[], key: string) => {
  const found = proposals.find((p) => p.key === key);
  if (!found) throw new Error(`no proposal ${key}`);
  return found;
};

describe('actions proposed from the comparison of a sample’s as-is and to-be', () => {
  it('criminal-record certificate: integrations, system changes, the legal act, the approval, the regulation, the campaign', async () => {
    const proposals = proposeActions(await sampleInput('criminal-record-certificate', { proactive: true }));
    expect(summary(proposals)).toEqual([
      'integration:sys-gbdfl | documentNotAsked:doc-id-card fieldFromSystem:field-iin fieldFromSystem:field-full-name fieldFromSystem:field-birthdate fieldFromSystem:field-birthplace-person',
      'integration:sys-is-zags | fieldFromSystem:field-previous-names',
      'integration:sys-bmg | fieldFromSystem:field-phone',
      'modifySystem:sys-egov | stepAutomated:Task_SubmitApplication stepAutomated:Task_CollectCertificate',
      'modifySystem:sys-gbdfl | stepAutomated:Task_AcceptApplication',
      'modifySystem:sys-kpsisu | stepAutomated:Task_CheckRecords stepAutomated:Task_AdditionalCheck stepAutomated:Task_PrepareCertificate',
      'documentsLegal:Закон РК «О государственных услугах» | documentNotAsked:doc-id-card',
      'approvals: | approvalRemoved:Task_ApproveCertificate',
      'regulationSteps: | stepMerged:Task_CheckDocuments stepRemoved:Task_PrintCertificate',
      'awareness: | channelAdded:portal proactive:proactive',
    ]);
    const gbd = byKey(proposals, 'integration:sys-gbdfl');
    expect(gbd).toMatchObject({ section: 'informationSystems', completionForm: 'integrationAgreement', subject: { name: 'ГБД «Физические лица»', owner: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности РК' } });
    expect(byKey(proposals, 'documentsLegal:Закон РК «О государственных услугах»')).toMatchObject({ section: 'legal', completionForm: 'draftLegalAct', items: [{ name: 'Удостоверение личности', elementIds: ['Task_SubmitApplication', 'Task_CheckDocuments', 'Task_CollectCertificate'] }] });
    expect(byKey(proposals, 'regulationSteps:').items[0]).toMatchObject({ name: 'Проверить удостоверение личности', mergedInto: 'Проверить личность заявителя по ГБД ФЛ' });
    expect(byKey(proposals, 'approvals:').items[0]?.name).toBe('Согласование и подпись справки руководителем (Руководство территориального управления КПСиСУ)');
  });

  it('birth registration: one proposal per system and per legal act, removed and merged steps, no campaign for a proactive service not chosen', async () => {
    const proposals = proposeActions(await sampleInput('birth-registration'));
    const keys = proposals.map((p) => p.key);
    expect(keys).toEqual([
      'integration:sys-is-mz',
      'integration:sys-gbdfl',
      'integration:sys-bmg',
      'integration:sys-is-zags',
      'modifySystem:sys-is-mz',
      'modifySystem:sys-egov',
      'modifySystem:sys-gbdfl',
      'modifySystem:sys-is-zags',
      'modifySystem:sys-migration',
      'modifySystem:sys-benefits',
      'modifySystem:sys-kindergarten',
      'documentsLegal:Правила цифровой трансформации государственного управления (2024), пп. 5.7, 40',
      'documentsLegal:Закон РК «О государственных услугах»',
      'documentsLegal:',
      'approvals:',
      'regulationSteps:',
      'awareness:',
    ]);
    expect(byKey(proposals, 'integration:sys-is-mz').items.map((i) => i.name)).toEqual(['Медицинское свидетельство о рождении', 'Дата и время рождения ребенка', 'Пол ребенка', 'Место рождения ребенка (медицинская организация)']);
    expect(byKey(proposals, 'approvals:').items.map((i) => i.key)).toEqual(['Task_ApproveRegistration', 'Task_ApproveBenefit']);
    // The removed approval steps are not listed again as removed steps.
    expect(byKey(proposals, 'regulationSteps:').items.map(itemId)).toEqual([
      'stepRemoved:Task_CollectDocuments',
      'stepRemoved:Task_ReceiveBirthCertificate',
      'stepMerged:Task_ApplyAtCon',
      'stepMerged:Task_AcceptApplications',
      'stepMerged:Task_ApplyKindergarten',
    ]);
    expect(byKey(proposals, 'awareness:').items.map(itemId)).toEqual(['channelAdded:portal']);
  });

  it('proposes nothing when the target is the as-is itself', async () => {
    expect(proposeActions(await sampleInput('criminal-record-certificate', { target: 'as-is' }))).toEqual([]);
  });
});

describe('accepted and dismissed proposals', () => {
  it('leaves out what is accepted or dismissed, and brings back an item new to the rule alone', async () => {
    const proposals = proposeActions(await sampleInput('criminal-record-certificate', { proactive: true }));
    const gbd = byKey(proposals, 'integration:sys-gbdfl');
    const regulation = byKey(proposals, 'regulationSteps:');
    let plan = addRow(newRow('r1', gbd.section, { source: sourceOf(gbd) }))(emptyPlan('p', 'pr'));
    plan = dismissProposal('approvals:', ['approvalRemoved:Task_ApproveCertificate'])(plan);
    // Only the merged step was taken: the removed one stays proposed.
    plan = addRow(newRow('r2', 'legal', { source: sourceOf({ ...regulation, items: regulation.items.slice(0, 1) }) }))(plan);
    const pending = pendingProposals(proposals, plan);
    expect(pending.map((p) => p.key)).not.toContain('integration:sys-gbdfl');
    expect(pending.map((p) => p.key)).not.toContain('approvals:');
    expect(byKey(pending, 'regulationSteps:').items.map(itemId)).toEqual(['stepRemoved:Task_PrintCertificate']);
    expect(pending).toHaveLength(proposals.length - 2);
  });

  it('flags a row whose reason is gone after the to-be changed, and one only partly backed', async () => {
    const before = proposeActions(await sampleInput('criminal-record-certificate', { proactive: true }));
    const campaign = newRow('r1', 'awareness', { source: sourceOf(byKey(before, 'awareness:')) });
    const typed = newRow('r2', 'organisational', { action: 'Обучить работников' });
    expect(rowBacking(campaign, before)).toEqual({ state: 'backed' });
    expect(rowBacking(typed, before)).toEqual({ state: 'manual' });

    // The team takes the portal out of the to-be: the application goes back to the service centre.
    const noPortal = { edit: (xml: string) => xml.replaceAll('channel="portal"', 'channel="serviceCentre"') };
    const partly = rowBacking(campaign, proposeActions(await sampleInput('criminal-record-certificate', { proactive: true, ...noPortal })));
    expect(partly).toEqual({ state: 'partly', gone: [{ kind: 'channelAdded', key: 'portal', name: 'portal' }] });
    const gone = rowBacking(campaign, proposeActions(await sampleInput('criminal-record-certificate', noPortal)));
    expect(gone).toEqual({ state: 'gone', gone: [{ kind: 'channelAdded', key: 'portal', name: 'portal' }, { kind: 'proactive', key: 'proactive', name: 'proactive' }] });
  });
});
