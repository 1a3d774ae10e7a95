import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffVariants } from './diffVariants';
import type { ElementChange } from './types';

// Structural changes only: the samples' step data is being filled in separately.
const sample = (project: string, variant: string) => readFileSync(resolve(import.meta.dirname, '../../../models', project, `${variant}.bpmn`), 'utf8');
const diffOf = (project: string) => diffVariants(sample(project, 'as-is'), sample(project, 'to-be'));
const find = (changes: ElementChange[], kind: ElementChange['kind']) => changes.filter((c) => c.kind === kind).map((c) => c.oldId ?? c.newId);
const changed = (changes: ElementChange[], id: string) => changes.find((c) => c.kind === 'changed' && c.oldId === id);

describe('diff of the shipped samples, as-is against to-be', () => {
  it('criminal-record certificate: surviving steps keep their ids, the visit and paper steps are gone', async () => {
    const { changes, matches } = await diffOf('criminal-record-certificate');
    expect(matches.every((m) => m.by === 'id' && m.oldId === m.newId)).toBe(true);
    expect(matches.map((m) => m.oldId)).toContain('Task_CheckRecords');
    expect(find(changes, 'removed')).toEqual(expect.arrayContaining(['Task_CheckDocuments', 'Gateway_DocsOk', 'Event_WaitQueue', 'Task_ApproveCertificate', 'Task_PrintCertificate', 'Lane_ConOperator', 'Lane_KpsisuHead']));
    expect(find(changes, 'added')).toEqual(expect.arrayContaining(['Lane_Portal', 'DataStoreReference_GbdFl', 'DataStoreReference_PortalEgov']));
    expect(changed(changes, 'Task_CheckRecords')).toMatchObject({ oldType: 'bpmn:UserTask', elementType: 'bpmn:ServiceTask', aspects: expect.arrayContaining(['name', 'type']) });
    // The operator's lane is gone: accepting the application moved to the portal's lane.
    expect(changed(changes, 'Task_AcceptApplication')?.aspects).toEqual(expect.arrayContaining(['type', 'lane', 'links']));
    expect(changed(changes, 'Gateway_ManualCheckNeeded')?.aspects).toEqual(['layout']);
  });

  it('birth registration: services run in parallel after one application', async () => {
    const { changes, matches } = await diffOf('birth-registration');
    expect(matches.every((m) => m.by === 'id')).toBe(true);
    expect(find(changes, 'added')).toEqual(expect.arrayContaining(['Task_NotifyParentSms', 'Task_ResolveDiscrepancy', 'Gateway_SplitServices', 'Gateway_JoinServices', 'Lane_Portal']));
    expect(find(changes, 'removed')).toEqual(expect.arrayContaining(['Task_CollectDocuments', 'Task_ApproveRegistration', 'Event_WaitCertificate', 'Task_ApplyAtCon', 'Lane_Con']));
    // Residence registration and the kindergarten queue left the chain for parallel branches.
    expect(changed(changes, 'Task_RegisterResidence')?.aspects).toContain('flow');
    expect(changed(changes, 'Task_RegisterKindergartenQueue')?.aspects).toContain('flow');
    // A removed step between two survivors does not move them in the flow.
    expect(changed(changes, 'Task_EnterBirthRecord')?.aspects).not.toContain('flow');
    expect(changed(changes, 'Task_IssueMedicalCertificate')?.aspects ?? []).not.toContain('flow');
  });
});
