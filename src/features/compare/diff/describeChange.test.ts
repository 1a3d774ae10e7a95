import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../../test/corpus';
import { ru } from '../../../app/i18n/ru';
import { diffVariants } from '../../../domain/diff/diffVariants';
import type { StepDataDiff } from '../../../domain/diff/stepDataDiff';
import type { ElementChange } from '../../../domain/diff/types';
import { changeCategory, describeChange, elementLabel } from './describeChange';

let t: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'ru', resources: { ru: { translation: ru } }, interpolation: { escapeValue: false } });
  t = instance.t;
});

const dictionary = new Map([
  ['doc-application', 'Заявление'],
  ['doc-certificate', 'Справка'],
  ['field-iin', 'ИИН'],
  ['field-address', 'Адрес'],
  ['sys-gbd', 'ГБД ФЛ'],
  ['sys-sms', 'SMS-шлюз'],
]);
const entryName = (ref: string) => dictionary.get(ref) ?? `?${ref}`;

const noDataChange: StepDataDiff = {
  documents: { added: [], removed: [], changed: [] },
  fields: { added: [], removed: [], changed: [] },
  systems: { added: [], removed: [], changed: [] },
  integrations: { added: [], removed: [], changed: [] },
  scalars: [],
};
const changed = (patch: Partial<ElementChange>): ElementChange => ({ kind: 'changed', elementType: 'bpmn:UserTask', oldId: 'T', newId: 'T', oldName: 'Шаг', newName: 'Шаг', aspects: [], ...patch });

describe('a change in words', () => {
  it('tells a derived variant’s renamed, re-typed and re-done steps apart', async () => {
    const diff = await diffVariants(readFixture('diff/as-is.bpmn'), readFixture('diff/derived.bpmn'));
    const text = (id: string) => describeChange(diff.changes.find((c) => (c.oldId ?? c.newId) === id)!, t, entryName);

    expect(text('Task_Check')).toEqual({
      element: 'Задача пользователя «Проверить документы в ГБД ФЛ»',
      details: ['Название: «Проверить документы» → «Проверить документы в ГБД ФЛ»'],
    });
    expect(text('Task_Register').details).toEqual([
      'Согласование: да → нет',
      'Согласующее подразделение: Руководитель ЦОН → не указано',
      'Документ «Заявление» удалён',
      'Поле «ИИН» удалено',
      'Поле «Адрес» удалено',
    ]);
    expect(text('Task_Approve')).toMatchObject({ element: 'Задача пользователя «Согласовать выдачу»' });
    expect(text('Task_Notify').details).toContain('Информационная система «SMS-шлюз» добавлена');
    expect(text('Task_Pay').details).toEqual(['Другое место в последовательности шагов', 'Перемещён или изменён в размере на схеме']);
  });

  it('says how a field is filled, what became of a document and the step’s figures', () => {
    const data: StepDataDiff = {
      ...noDataChange,
      documents: {
        added: [{ ref: 'doc-certificate', direction: 'output', form: 'electronic' }],
        removed: [],
        changed: [{ before: { ref: 'doc-application', direction: 'input', form: 'paperOriginal', providedBy: 'applicant' }, after: { ref: 'doc-application', direction: 'input', form: 'formOfInformation', providedBy: 'informationSystem' } }],
      },
      fields: { added: [{ ref: 'field-address', entry: 'manual' }], removed: [], changed: [{ before: { ref: 'field-iin', entry: 'manual' }, after: { ref: 'field-iin', entry: 'system', system: 'sys-gbd' } }] },
      integrations: { added: [{ from: 'sys-gbd', to: 'sys-sms' }], removed: [], changed: [] },
      scalars: [
        { key: 'normTime', before: { value: 20, unit: 'minutes' }, after: { value: 1.5, unit: 'workingDays' } },
        { key: 'stepKind', before: 'manual', after: 'automatic' },
        { key: 'channel', before: null, after: 'portal' },
      ],
    };
    expect(describeChange(changed({ aspects: ['data'], data }), t, entryName).details).toEqual([
      'Нормативное время: 20 мин → 1,5 раб. дн.',
      'Вид шага: Ручной → Автоматический (без участия человека)',
      'Канал взаимодействия с заявителем: не указано → Портал «электронного правительства»',
      'Выходной документ «Справка» добавлен',
      'Документ «Заявление» — Форма: Бумажный оригинал → Форма сведений (данные из ИС); Кто предоставляет: Заявитель → Информационная система',
      'Поле «Адрес» добавлено (вручную)',
      'Поле «ИИН»: вручную → из системы «ГБД ФЛ»',
      'Интеграция «ГБД ФЛ» → «SMS-шлюз» добавлена',
    ]);
  });

  it('names the type both ways, lists other properties, and marks a change of layout alone as such', () => {
    const retyped = changed({ elementType: 'bpmn:ServiceTask', oldType: 'bpmn:UserTask', aspects: ['type', 'properties'], properties: ['documentation'] });
    expect(describeChange(retyped, t, entryName).details).toEqual(['Тип: Задача пользователя → Сервисная задача', 'Изменены свойства BPMN: documentation']);
    expect(changeCategory(retyped)).toBe('changed');
    expect(changeCategory(changed({ aspects: ['layout'] }))).toBe('layout');
    expect(changeCategory(changed({ kind: 'removed' }))).toBe('removed');
  });

  it('reads a name typed on two lines as one, and says when there is none or the type is unfamiliar', () => {
    expect(elementLabel(t, 'bpmn:ExclusiveGateway', 'Документы\n  в порядке?')).toBe('Исключающий шлюз «Документы в порядке?»');
    expect(elementLabel(t, 'bpmn:StartEvent', '  ')).toBe('Начальное событие без названия');
    expect(elementLabel(t, 'bpmn:Group', 'Этап 1')).toBe('Элемент «Этап 1»');
    const renamedFromNothing = changed({ oldName: undefined, newName: 'Принять', aspects: ['name'] });
    expect(describeChange(renamedFromNothing, t, entryName).details).toEqual(['Название: без названия → «Принять»']);
  });
});
