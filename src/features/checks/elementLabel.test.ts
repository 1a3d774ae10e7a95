import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n';
import { problemElementLabel, type NamedElement } from './elementLabel';

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  return instance.t;
}

const start: NamedElement = { $type: 'bpmn:StartEvent' };
const task: NamedElement = { $type: 'bpmn:UserTask', name: 'Принять\nзаявление' };
const gateway: NamedElement = { $type: 'bpmn:ExclusiveGateway', incoming: [{ sourceRef: task }] };

describe('how the checks name an element', () => {
  it('by its name on one line, else by its type and place, never by a technical id', async () => {
    const t = await translator('ru');
    expect(problemElementLabel(t, task)).toBe('Принять заявление');
    expect(problemElementLabel(t, { $type: 'bpmn:SequenceFlow', sourceRef: start, targetRef: task })).toBe('Поток управления от «Начальное событие» к «Принять заявление»');
    expect(problemElementLabel(t, gateway)).toBe('Исключающий шлюз после «Принять заявление»');
    expect(problemElementLabel(t, { $type: 'bpmn:StartEvent', outgoing: [{ targetRef: task }] })).toBe('Начальное событие перед «Принять заявление»');
    expect(problemElementLabel(t, { $type: 'bpmn:Task' })).toBe('Задача без названия');
    expect(problemElementLabel(t, undefined)).toBe('Схема в целом');
  });

  it('in Kazakh and English too', async () => {
    expect(problemElementLabel(await translator('en'), gateway)).toBe('Exclusive gateway after “Принять заявление”');
    expect(problemElementLabel(await translator('kk'), gateway)).toMatch(/^«Принять заявление» элементінен кейін: /);
  });
});
