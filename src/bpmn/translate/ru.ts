import base from 'bpmn-js-i18n/translations/ru.js';

/**
 * Russian dictionary for the bpmn-js / diagram-js `translate` service.
 *
 * Based on the community translation from bpmn-js-i18n; below are the keys it
 * lacks for bpmn-js 18 and the entries we correct. Keys that bpmn-js-i18n still
 * ships for old bpmn-js versions (import warnings etc.) are kept: unused, harmless.
 */
export const ru: Record<string, string> = {
  ...base,

  // --- missing in bpmn-js-i18n 2.3.0
  'Ad-hoc sub-process': 'Нерегламентированный подпроцесс',
  'Boundary event': 'Граничное событие',
  'Close minimap': 'Закрыть мини-карту',
  'Open minimap': 'Открыть мини-карту',
  'Data object must be placed within a pool/participant.':
    'Объект данных должен находиться внутри пула/участника.',
  'Expanded pool/participant': 'Развернутый пул/участник',
  'Toggle non-interrupting': 'Переключить режим «без прерываний»',

  // --- corrections of bpmn-js-i18n
  // was «Граничный поток» (boundary flow) — plainly wrong
  'Conditional flow': 'Условный поток',
  // was «Специальный подпроцесс» / «Для этого случая»: ad-hoc = нерегламентированный
  'Ad-hoc': 'Нерегламентированный',
  'Ad-hoc sub-process (collapsed)': 'Нерегламентированный подпроцесс (свернутый)',
  'Ad-hoc sub-process (expanded)': 'Нерегламентированный подпроцесс (развернутый)',
  // was «Пустой пул (удаляет контент)»
  'Empty pool/participant': 'Пустой пул/участник',
  'Empty pool/participant (removes content)': 'Пустой пул/участник (содержимое будет удалено)',
  // standard Russian BPMN names instead of «Шлюз «и»» / «Шлюз «или»» / ...
  'Exclusive gateway': 'Исключающий шлюз',
  'Inclusive gateway': 'Включающий шлюз',
  'Parallel gateway': 'Параллельный шлюз',
  'Event-based gateway': 'Шлюз на основе событий',
  // was «Множество участников» (a set of participants); it marks a multi-instance pool
  'Participant multiplicity': 'Множественный участник',
  // was «Расположить …»: the action distributes spacing evenly
  'Distribute elements horizontally': 'Распределить элементы по горизонтали',
  'Distribute elements vertically': 'Распределить элементы по вертикали',
  // was a calque («должны быть дочерними элементами пула/участников»)
  'flow elements must be children of pools/participants':
    'Элементы потока должны находиться внутри пула/участника',
  'Applicant visits in person': 'Личная явка заявителя',
  'Approval': 'Согласование',
  'Approval: {unit}': 'Согласование: {unit}',
  'Documents: {count}': 'Документы: {count}',
  'Fields typed by hand: {count}': 'Поля, вводимые вручную: {count}',
};
