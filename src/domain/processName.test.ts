import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { newModdle } from './bpmnFile';
import { newDiagramXml } from './newDiagram';
import { mainProcess, processNameChanges, shownProcessName } from './processName';

const definitionsOf = async (xml: string) => (await newModdle().fromXML(xml)).rootElement;
const sample = (name: string) => readFileSync(resolve(import.meta.dirname, '../../models/birth-registration', name), 'utf8');

describe('the process name a diagram shows', () => {
  it('is the process’s name, or the label of the pool that shows it', async () => {
    expect(shownProcessName(await definitionsOf(newDiagramXml('p1', 'Выдача справки')))).toBe('Выдача справки');
    // The sample's process is named «… (как есть)»; its pool shows the project's name.
    expect(shownProcessName(await definitionsOf(sample('as-is.bpmn')))).toBe('Регистрация рождения ребенка');
  });

  it('follows a rename: the process’s own name without a pool', async () => {
    const main = mainProcess(await definitionsOf(newDiagramXml('p1', 'Новый бизнес-процесс')))!;
    expect(processNameChanges(main, 'Выдача справки о судимости').map((c) => [c.element.$type, c.name])).toEqual([['bpmn:Process', 'Выдача справки о судимости']]);
    expect(processNameChanges(main, ' Новый  бизнес-процесс ')).toEqual([]);
  });

  it('follows a rename: the pool’s label, and the process’s name only where it was the same', async () => {
    const main = mainProcess(await definitionsOf(sample('as-is.bpmn')))!;
    expect(processNameChanges(main, 'Рождение ребенка').map((c) => c.element.$type)).toEqual(['bpmn:Participant']);
    main.process.name = 'Регистрация рождения ребенка';
    expect(processNameChanges(main, 'Рождение ребенка').map((c) => c.element.$type)).toEqual(['bpmn:Participant', 'bpmn:Process']);
  });
});
