import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModdleElement } from 'bpmn-moddle';
import recommended from 'bpmnlint/config/recommended.js';
import { describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { newModdle } from '../../domain/bpmnFile';
import type { DictionaryEntry, DocumentEntry, FieldEntry, SystemEntry } from '../../domain/dictionary/dictionary';
import type { VariantKind } from '../../domain/variant';
import { newDiagramXml } from '../../domain/newDiagram';
import { disabledRecommendedRules, justStartedKey, justStartedRule, lintConfig, lintDefinitions, recommendedRuleKeys, type LintIssue } from './lintDefinitions';

const base = (id: string, name: string) => ({ id, projectId: 'p1', name, description: '', createdAt: 1, updatedAt: 1 });
const system = (id: string, name: string): SystemEntry => ({ ...base(id, name), kind: 'system', ownerBody: '', developer: '' });
const field = (id: string, name: string, holderSystemId = ''): FieldEntry => ({
  ...base(id, name),
  kind: 'field',
  dataType: 'text',
  holderSystemId,
  dataOwner: '',
  accessLevel: 'open',
  legalBasis: '',
});
const document = (id: string, name: string, fieldIds: string[]): DocumentEntry => ({ ...base(id, name), kind: 'document', fieldIds });

const dictionary: DictionaryEntry[] = [
  system('s-gbdfl', 'ГБД ФЛ'),
  field('f-iin', 'ИИН', 's-gbdfl'),
  field('f-surname', 'Фамилия', 's-gbdfl'),
  field('f-address', 'Адрес', 's-gbdfl'),
  field('f-phone', 'Телефон'),
  document('d-id-card', 'Удостоверение личности', ['f-iin', 'f-surname']),
  document('d-application', 'Заявление', ['f-iin', 'f-phone']),
  document('d-receipt', 'Квитанция', []),
  document('d-certificate', 'Справка', ['f-iin', 'f-surname']),
];

async function definitionsOf(xml: string): Promise<ModdleElement> {
  const { rootElement, warnings } = await newModdle().fromXML(xml);
  expect(warnings).toEqual([]);
  return rootElement;
}

async function lintFixture(name: string, variantKind: VariantKind = 'asIs', entries: DictionaryEntry[] = dictionary): Promise<LintIssue[]> {
  return lintDefinitions(await definitionsOf(readFixture(`lint/${name}.bpmn`)), { dictionary: entries, variantKind });
}

const issue = (rule: string, elementId: string, key: string, params: Record<string, string> = {}): LintIssue => ({
  elementId,
  rule,
  category: 'warn',
  key,
  params,
  message: key,
});

describe('the recommended rules', () => {
  it('are the ones of the installed bpmnlint recommended config, each imported', () => {
    expect([...recommendedRuleKeys].sort()).toEqual(Object.keys(recommended.rules).sort());
  });

  it('keep their configured severity, except the few switched off for our models', () => {
    const rules = lintConfig({ dictionary: [], variantKind: 'asIs' }).rules ?? {};
    expect(Object.keys(rules).filter((rule) => !rule.startsWith('rw/'))).toEqual([...disabledRecommendedRules]);
    for (const rule of disabledRecommendedRules) expect(rules[rule]).toBe('off');
  });

  it('fire with bpmnlint’s own message and the rule name as the key', async () => {
    // Six tasks in a row and no end event: past what counts as a diagram just begun.
    const chain = Array.from({ length: 6 }, (_, i) => `<bpmn:serviceTask id="Task_${i}" name="Шаг ${i}" />`).join('');
    const issues = await lintDefinitions(await definitionsOf(readFixture('lint/recommended.trigger.bpmn').replace('<bpmn:startEvent id="Event_Start" />', `<bpmn:startEvent id="Event_Start" />${chain}`)), {
      dictionary,
      variantKind: 'asIs',
    });
    expect(issues).toContainEqual({
      elementId: 'Event_Start',
      rule: 'label-required',
      category: 'error',
      key: 'label-required',
      params: {},
      message: 'Element is missing label/name',
    });
    expect(issues).toContainEqual(expect.objectContaining({ rule: 'end-event-required', elementId: 'Process_recommended', category: 'error' }));
    expect(issues).toContainEqual(expect.objectContaining({ rule: 'no-disconnected', elementId: 'Task_Lonely' }));
    expect(issues).toContainEqual(expect.objectContaining({ rule: 'no-bpmndi', elementId: 'Task_Lonely' }));
    expect(issues.filter((i) => i.rule.startsWith('rw/'))).toEqual([]);
  });

  it('give way to one hint on a diagram just begun: no end event yet and only a few elements', async () => {
    const started = await lintDefinitions(await definitionsOf(newDiagramXml('p1', 'Новый процесс')), { dictionary, variantKind: 'asIs' });
    expect(started).toEqual([{ elementId: '', rule: justStartedRule, category: 'info', key: justStartedKey, params: {}, message: justStartedKey }]);
    // Rules about what is drawn still speak: Task_Lonely has no DI.
    const issues = await lintFixture('recommended.trigger');
    expect(issues.map((i) => i.rule).sort()).toEqual(['no-bpmndi', justStartedRule]);
  });

  it('leave the inclusive gateway alone', async () => {
    const xml = readFixture('lint/once-only.clean.bpmn').replace(
      /<bpmn:userTask id="Task_EnterApplication"/,
      '<bpmn:inclusiveGateway id="Gateway_Any" name="Что нужно?" /><bpmn:userTask id="Task_EnterApplication"',
    );
    const issues = await lintDefinitions(await definitionsOf(xml), { dictionary, variantKind: 'asIs' });
    expect(issues.map((i) => i.rule)).not.toContain('no-inclusive-gateway');
    expect(issues.map((i) => i.rule)).toContain('no-disconnected');
  });
});

describe('rw/once-only', () => {
  it('reports a hand-typed field that an information system holds, with the field and system names', async () => {
    expect(await lintFixture('once-only.trigger')).toEqual([
      issue('rw/once-only', 'Task_EnterApplication', 'onceOnly', { field: 'ИИН', fieldId: 'f-iin', system: 'ГБД ФЛ', systemId: 's-gbdfl', executor: 'Специалист ЦОН' }),
    ]);
  });

  it('names the lane as the one who types, when the step has no executor role', async () => {
    const xml = readFixture('lint/once-only.trigger.bpmn')
      .replace('executorRole="Специалист ЦОН" ', '')
      .replace('<bpmn:startEvent id="Event_Start"', '<bpmn:laneSet id="LaneSet_1"><bpmn:lane id="Lane_Staff" name="Работник\nЦОН"><bpmn:flowNodeRef>Task_EnterApplication</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet><bpmn:startEvent id="Event_Start"');
    const issues = await lintDefinitions(await definitionsOf(xml), { dictionary, variantKind: 'asIs' });
    expect(issues.find((i) => i.rule === 'rw/once-only')?.params.executor).toBe('Работник ЦОН');
  });

  it('names the system by its id when the dictionary does not list it', async () => {
    const issues = await lintFixture('once-only.trigger', 'asIs', dictionary.filter((e) => e.id !== 's-gbdfl'));
    expect(issues.map((i) => i.params.system)).toEqual(['s-gbdfl']);
  });

  it('is silent when held data comes from the system', async () => {
    expect(await lintFixture('once-only.clean')).toEqual([]);
  });

  it('is silent without a dictionary', async () => {
    expect(await lintFixture('once-only.trigger', 'asIs', [])).toEqual([]);
  });
});

describe('rw/paper-could-be-information', () => {
  it('reports a paper input document whose every field a system holds', async () => {
    expect(await lintFixture('paper-could-be-information.trigger')).toEqual([
      issue('rw/paper-could-be-information', 'Task_CheckDocuments', 'paperCouldBeInformation', { document: 'Удостоверение личности', documentId: 'd-id-card' }),
    ]);
  });

  it('is silent for a form of information, a document with an unheld field and a document without fields', async () => {
    expect(await lintFixture('paper-could-be-information.clean')).toEqual([]);
  });
});

describe('rw/executor-required', () => {
  it('reports activities without an executor role', async () => {
    expect(await lintFixture('executor-required.trigger')).toEqual(
      ['Task_NoStepData', 'Task_NoRole', 'CallActivity_NoRole'].map((id) => issue('rw/executor-required', id, 'executorRequired')),
    );
  });

  it('is silent for steps with an executor and for automatic steps', async () => {
    expect(await lintFixture('executor-required.clean')).toEqual([]);
  });
});

describe('rw/approval-justified', () => {
  it('reports approvals and collegial decisions kept without a rationale in the to-be and optimal variants', async () => {
    const expected = [
      issue('rw/approval-justified', 'Task_Approve', 'approvalJustified', { approval: 'true', collegial: 'false' }),
      issue('rw/approval-justified', 'Task_Commission', 'approvalJustified', { approval: 'false', collegial: 'true' }),
    ];
    expect(await lintFixture('approval-justified.trigger', 'toBe')).toEqual(expected);
    expect(await lintFixture('approval-justified.trigger', 'optimal')).toEqual(expected);
  });

  it('is silent in the as-is, which records what is observed', async () => {
    expect(await lintFixture('approval-justified.trigger', 'asIs')).toEqual([]);
  });

  it('is silent when the approval kept has a rationale', async () => {
    expect(await lintFixture('approval-justified.clean', 'toBe')).toEqual([]);
  });
});

describe('lintDefinitions', () => {
  it('turns a rule that throws into a "ruleFailed" issue instead of failing', async () => {
    const broken = dictionary.map((e) => (e.id === 'd-id-card' ? { ...e, fieldIds: null as unknown as string[] } : e));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const issues = await lintFixture('paper-could-be-information.trigger', 'asIs', broken);
      expect(issues).toEqual([
        expect.objectContaining({ elementId: 'Definitions_paper_could_be_information_trigger', rule: 'rw/paper-could-be-information', category: 'error', key: 'ruleFailed', params: { rule: 'rw/paper-could-be-information' } }),
      ]);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('lints every shipped sample model without a failed rule or an error', async () => {
    const modelsDir = resolve(import.meta.dirname, '../../../models');
    const projects = readdirSync(modelsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      const manifest = JSON.parse(readFileSync(join(modelsDir, project.name, 'project.json'), 'utf8')) as {
        processes: { variants: Partial<Record<VariantKind, string>> }[];
      };
      for (const [variantKind, file] of manifest.processes.flatMap((p) => Object.entries(p.variants))) {
        const { rootElement, elementsById } = await newModdle().fromXML(readFileSync(join(modelsDir, project.name, file!), 'utf8'));
        const issues = await lintDefinitions(rootElement, { dictionary: [], variantKind: variantKind as VariantKind });
        const where = `${project.name}/${file}`;
        expect(issues.filter((i) => i.category === 'error'), where).toEqual([]);
        for (const i of issues) expect(elementsById[i.elementId], `${where} ${i.rule} ${i.elementId}`).toBeDefined();
      }
    }
  });
});
