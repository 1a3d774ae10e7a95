import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { inspectBpmn } from '../bpmnFile';
import { diffVariants } from './diffVariants';
import type { ElementChange } from './types';

const asIs = readFixture('diff/as-is.bpmn');
const fixture = (name: string) => readFixture(`diff/${name}.bpmn`);
const byOldId = (changes: ElementChange[]) => Object.fromEntries(changes.filter((c) => c.oldId).map((c) => [c.oldId, c]));
const aspectsOf = (changes: ElementChange[]) => Object.fromEntries(changes.map((c) => [c.oldId ?? c.newId, `${c.kind}${c.aspects.length ? `: ${c.aspects.join(' ')}` : ''}`]));

describe('diff of two variants', () => {
  it('uses fixtures that are valid diagrams', async () => {
    for (const name of ['as-is', 'derived', 'imported', 'ambiguous']) {
      const inspection = await inspectBpmn(fixture(name));
      expect(inspection.ok && inspection.warnings).toEqual([]);
    }
  });

  it('matches renamed and moved steps of a derived variant and tells what changed on each', async () => {
    const diff = await diffVariants(asIs, fixture('derived'));
    expect(aspectsOf(diff.changes)).toEqual({
      Task_Submit: 'changed: layout',
      Task_Check: 'changed: name',
      Task_Register: 'changed: data',
      Task_Pay: 'changed: flow layout',
      Task_Notify: 'added',
      Task_Approve: 'removed',
    });
    const changes = byOldId(diff.changes);
    expect(changes.Task_Check).toMatchObject({ oldName: 'Проверить документы', newName: 'Проверить документы в ГБД ФЛ', newId: 'Task_Check', matchedBy: 'id' });
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 3, layoutOnly: 1 });
  });

  it('reports a document and two hand-typed fields removed and approval switched off as data changes', async () => {
    const register = byOldId((await diffVariants(asIs, fixture('derived'))).changes).Task_Register!;
    expect(register.data).toEqual({
      documents: { added: [], removed: [{ ref: 'doc-application', direction: 'input', form: 'paperOriginal', providedBy: 'applicant' }], changed: [] },
      fields: { added: [], removed: [{ ref: 'field-iin', entry: 'manual' }, { ref: 'field-address', entry: 'manual' }], changed: [] },
      systems: { added: [], removed: [], changed: [] },
      integrations: { added: [], removed: [], changed: [] },
      scalars: [
        { key: 'approval', before: true, after: false },
        { key: 'approvalUnit', before: 'Руководитель ЦОН', after: null },
      ],
    });
  });

  it('lists the data of added and removed steps with them', async () => {
    const diff = await diffVariants(asIs, fixture('derived'));
    const removed = diff.changes.find((c) => c.kind === 'removed')!;
    const added = diff.changes.find((c) => c.kind === 'added')!;
    expect(removed).toMatchObject({ oldId: 'Task_Approve', oldName: 'Согласовать выдачу', elementType: 'bpmn:UserTask' });
    expect(removed.data?.documents.removed.map((d) => d.ref)).toEqual(['doc-certificate-draft']);
    expect(added).toMatchObject({ newId: 'Task_Notify', newName: 'Уведомить заявителя по SMS', elementType: 'bpmn:ServiceTask' });
    expect(added.data?.systems.added).toEqual([{ ref: 'sys-sms', access: 'write' }]);
  });

  it('colours elements per side: removed on the old, added on the new, changed on both', async () => {
    const { markers } = await diffVariants(asIs, fixture('derived'));
    expect(markers.old).toMatchObject({ Task_Approve: 'removed', Task_Check: 'changed', Task_Pay: 'changed', Task_Submit: 'layout', Flow_Register_Approve: 'removed' });
    expect(markers.new).toMatchObject({ Task_Notify: 'added', Task_Check: 'changed', Task_Register: 'changed', Task_Submit: 'layout', Flow_Issue_Notify: 'added' });
    expect(markers.old.Task_Issue).toBeUndefined();
    expect(markers.new.Flow_Start_Submit).toBeUndefined();
  });

  it('matches an imported variant by name: the renamed step is removed and added, real ids on each side', async () => {
    const diff = await diffVariants(asIs, fixture('imported'));
    expect(diff.changes.map((c) => [c.kind, c.oldId, c.newId, c.aspects.join(' ')])).toEqual([
      ['added', undefined, 'Activity_3', ''],
      ['changed', 'Task_Register', 'Activity_4', 'type'],
      ['removed', 'Task_Check', undefined, ''],
    ]);
    expect(byOldId(diff.changes).Task_Register).toMatchObject({ oldType: 'bpmn:UserTask', elementType: 'bpmn:ServiceTask', matchedBy: 'name' });
    expect(diff.markers.new).toMatchObject({ Activity_3: 'added', Activity_4: 'changed', SequenceFlow_3: 'added' });
  });

  it("follows the user's correction of a match", async () => {
    const diff = await diffVariants(asIs, fixture('imported'), [{ oldId: 'Task_Check', newId: 'Activity_3' }]);
    expect(aspectsOf(diff.changes)).toEqual({ Task_Check: 'changed: name', Task_Register: 'changed: type' });
    expect(byOldId(diff.changes).Task_Check).toMatchObject({ newId: 'Activity_3', matchedBy: 'user', newName: 'Сверить документы' });
    expect(diff.matches).toContainEqual({ oldId: 'Task_Check', newId: 'Activity_3', by: 'user' });
  });

  it('finds nothing between identical variants', async () => {
    const diff = await diffVariants(asIs, asIs);
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, layoutOnly: 0 });
    expect(diff.markers).toEqual({ old: {}, new: {} });
  });

  it('reports an annotation change as data only, never as a BPMN property', async () => {
    const annotated = asIs.replace(
      '<bpmn:userTask id="Task_Issue" name="Выдать справку">',
      '<bpmn:userTask id="Task_Issue" name="Выдать справку"><bpmn:extensionElements><rw:stepData inPersonVisit="true" /></bpmn:extensionElements>',
    );
    expect(aspectsOf((await diffVariants(asIs, annotated)).changes)).toEqual({ Task_Issue: 'changed: data' });
  });

  it('credits changes inside details to their element: documentation, a flow label, an event kind', async () => {
    const edited = asIs
      .replace('<bpmn:userTask id="Task_Pay" name="Оплатить госпошлину">', '$&<bpmn:documentation>Через терминал</bpmn:documentation>')
      .replace('<bpmn:sequenceFlow id="Flow_Check_Register"', '$& name="Документы в порядке"')
      .replace('<bpmn:incoming>Flow_Issue_End</bpmn:incoming>', '$&<bpmn:messageEventDefinition id="Message_End" />');
    const diff = await diffVariants(asIs, edited);
    expect(aspectsOf(diff.changes)).toEqual({ Task_Pay: 'changed: properties', Task_Check: 'changed: flow', Event_End: 'changed: type' });
    expect(byOldId(diff.changes).Task_Pay?.properties).toEqual(['documentation']);
  });

  it('gives a serialisable result', async () => {
    const diff = await diffVariants(asIs, fixture('derived'));
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});
