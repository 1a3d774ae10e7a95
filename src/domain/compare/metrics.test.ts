import { describe, expect, it } from 'vitest';
import { compareDictionary, loadFacts } from '../../../test/fixtures/compare/compareFixtures';
import { computeMetrics, metricDefinitions, metricIds, type MetricId } from './metrics';

const asIs = async () => computeMetrics(await loadFacts('as-is.bpmn'), compareDictionary).values;
const keys = async (id: MetricId) => (await asIs())[id]!.items.map((item) => item.key);

describe('metrics of as-is.bpmn, known by construction', () => {
  it('counts steps and splits them by kind', async () => {
    const values = await asIs();
    // 5 tasks of several types, 1 sub-process with 1 task inside, 1 call activity.
    expect(values.steps.value).toBe(8);
    // Declared manual: Task_Accept; inferred manual: CoApprove (task), Sub_Commission, Task_Meeting (user task), Task_Notify (call activity).
    expect(await keys('stepsManual')).toEqual(['Task_Accept', 'Task_CoApprove', 'Sub_Commission', 'Task_Meeting', 'Task_Notify']);
    expect(await keys('stepsAutomated')).toEqual(['Task_Approve']);
    // Task_Check is a service task whose data leaves the kind out; Task_Issue declares it.
    expect(await keys('stepsAutomatic')).toEqual(['Task_Check', 'Task_Issue']);
  });

  it('counts events (boundary and sub-process ones too), gateways, pools and nested lanes', async () => {
    const values = await asIs();
    expect(values.events.value).toBe(6);
    expect(values.gateways.value).toBe(2); // the split and the join
    expect(values.participants.items.map((item) => item.name)).toEqual(['Заявитель', 'Государственный орган']); // a black-box pool counts
    expect(values.lanes.value).toBe(4); // ЦОН and its two child lanes, КПСиСУ
  });

  it('counts approvals and distinct approving units, naming a unit-less approval after its lane', async () => {
    const values = await asIs();
    expect(await keys('approvals')).toEqual(['Task_Approve', 'Task_CoApprove', 'Task_Meeting']);
    // Task_Approve has no unit: its lane "Руководитель ЦОН"; Task_CoApprove's "  руководитель ЦОН " is the same unit.
    expect(values.approvingUnits.items.map((item) => item.name)).toEqual(['Руководитель ЦОН', 'Комиссия']);
    expect(await keys('collegialDecisions')).toEqual(['Task_Meeting']);
  });

  it('counts documents required from the applicant by their heaviest form', async () => {
    const values = await asIs();
    // doc-registry comes from an information system; the others have providedBy applicant or none.
    expect(await keys('applicantDocuments')).toEqual(['doc-id', 'doc-marriage', 'doc-application', 'doc-unnamed', 'doc-egov', 'doc-reference']);
    // doc-marriage is a scan; doc-application is electronic at one step and a paper copy at the next.
    expect(await keys('applicantDocumentsPaper')).toEqual(['doc-id', 'doc-marriage', 'doc-application']);
    expect(await keys('applicantDocumentsElectronic')).toEqual(['doc-egov']);
    expect(await keys('applicantDocumentsFormOfInformation')).toEqual(['doc-reference']);
    // doc-unnamed has no form (in the total only) and no dictionary entry (shown by its id).
    expect(values.applicantDocuments.items.map((item) => item.name)).toEqual(['Удостоверение личности', 'Свидетельство о браке', 'Заявление', 'doc-unnamed', 'Электронная справка', 'Справка с места работы']);
    // The certificate is output twice in two forms: one document.
    expect(await keys('outputDocuments')).toEqual(['doc-certificate', 'doc-receipt']);
  });

  it('counts a field typed by hand anywhere as hand-typed only', async () => {
    // f-iin is typed at Task_Accept and filled from ГБД ФЛ at Task_Meeting.
    expect(await keys('manualFields')).toEqual(['f-iin', 'f-phone']);
    expect(await keys('systemFields')).toEqual(['f-name', 'f-address']);
  });

  it('counts visits, channels, systems and ordered integrations', async () => {
    const values = await asIs();
    expect(await keys('inPersonVisits')).toEqual(['Task_Accept', 'Task_Issue']);
    expect(await keys('channels')).toEqual(['serviceCentre', 'portal']);
    // Used (sys-con), filled from (sys-gbd, sys-address), an integration's end (sys-kpsisu).
    expect(await keys('informationSystems')).toEqual(['sys-con', 'sys-gbd', 'sys-kpsisu', 'sys-address']);
    expect(values.informationSystems.items[0]).toEqual({ kind: 'entry', key: 'sys-con', name: 'ИИС ЦОН', developer: 'АО «НИТ»' });
    expect(values.informationSystems.items.find((item) => item.key === 'sys-address')).toEqual({ kind: 'entry', key: 'sys-address', name: 'АР', developer: '' });
    // con→gbd (twice), gbd→con, con→kpsisu.
    expect(values.integrations.items.map((item) => item.name)).toEqual(['ИИС ЦОН → ГБД ФЛ', 'ГБД ФЛ → ИИС ЦОН', 'ИИС ЦОН → ИС КПСиСУ']);
  });

  it('gives the terms with their paths and the effort in working days', async () => {
    const values = await asIs();
    // No role has a side, so the service term runs over the whole process. Accept 30 min + 1 day
    // waiting (1.0625) + commission 1 + issue 4 h (0.5); the 2-hour approval branch is shorter, and
    // "Нужна комиссия?" has no typical outcome marked, so the typical term takes the longer branch too.
    expect([values.termTypical?.value, values.termLongest?.value, values.clientTime?.value]).toEqual([2.5625, 2.5625, 2.5625]);
    expect(values.termLongest?.items.map((item) => item.key)).toEqual(['Event_Start', 'Task_Accept', 'Task_Check', 'Gateway_Split', 'Sub_Commission', 'Event_SubStart', 'Task_Meeting', 'Event_SubEnd', 'Gateway_Join', 'Task_Issue', 'Task_Notify', 'Event_End']);
    // Norm times only: 0.0625 + 0.25 + 1 + 0.5.
    expect(values.effortDays.value).toBe(1.8125);
  });

  it('does not add the content of a sub-process that has its own norm time to the effort', async () => {
    // Timed 4 h (its 5-day task skipped) + P 2 + Q 1 + the event sub-process's 30-day handler.
    const { values } = computeMetrics(await loadFacts('term-subprocess.bpmn'), []);
    expect(values.effortDays.value).toBe(33.5);
    expect(values.effortDays.items.map((item) => item.key)).toEqual(['Timed', 'P', 'Q', 'Handle']);
  });

  it('counts a diagram without pools as one participant per process with nodes', async () => {
    const { values } = computeMetrics(await loadFacts('optimal.bpmn'), []);
    expect(values.participants.items).toEqual([{ kind: 'element', key: 'Process_Main', name: 'Выдача справки (как должно быть)' }]);
    expect(values.lanes.value).toBe(0);
  });
});

describe('metricDefinitions', () => {
  it('defines every metric once, with label and hint keys', () => {
    expect(metricDefinitions.map((definition) => definition.id)).toEqual([...metricIds]);
    expect(metricDefinitions.find((definition) => definition.id === 'stepsManual')).toEqual({ id: 'stepsManual', unit: 'count', better: 'lower', labelKey: 'compare.metric.stepsManual.label', hintKey: 'compare.metric.stepsManual.hint' });
    expect(metricDefinitions.filter((definition) => definition.unit === 'workingDays').map((definition) => definition.id)).toEqual(['termTypical', 'termLongest', 'clientTime', 'effortDays']);
  });

  it('says which way each metric improves: fewer hand-typed fields, more filled from systems, pools neither', () => {
    const better = (id: string) => metricDefinitions.find((definition) => definition.id === id)?.better;
    expect([better('manualFields'), better('termTypical'), better('staffSteps'), better('inPersonVisits'), better('approvingUnits')]).toEqual(['lower', 'lower', 'lower', 'lower', 'lower']);
    expect([better('systemFields'), better('stepsAutomatic'), better('applicantDocumentsFormOfInformation')]).toEqual(['higher', 'higher', 'higher']);
    expect([better('participants'), better('events')]).toEqual(['neutral', 'neutral']);
  });
});
