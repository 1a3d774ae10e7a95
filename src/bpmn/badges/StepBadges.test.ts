// @vitest-environment jsdom
import type { ModdleElement } from 'bpmn-moddle';
import EventBus from 'diagram-js/lib/core/EventBus';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { FakeOverlays } from '../../../test/fakeOverlays';
import { newModdle } from '../../domain/bpmnFile';
import StepBadges, { badgesFor, createBadgesElement, hiddenClass, overlayType, visibilityChangedEvent, type Translate } from './StepBadges';

const english: Translate = (template, replacements = {}) => template.replace(/\{(\w+)\}/g, (match, key: string) => replacements[key] ?? match);

interface FakeElement {
  id: string;
  businessObject: ModdleElement;
  parent?: unknown;
  labelTarget?: unknown;
}

async function diagram(): Promise<FakeElement[]> {
  const { rootElement } = await newModdle().fromXML(readFixture('step-data.bpmn'));
  const process = (rootElement.get('rootElements') as ModdleElement[])[0]!;
  const root: FakeElement = { id: process.id!, businessObject: process };
  const shapes = (process.get('flowElements') as ModdleElement[]).map((bo): FakeElement => ({ id: bo.id!, businessObject: bo, parent: root }));
  return [root, ...shapes];
}

describe('StepBadges', () => {
  let elements: FakeElement[];
  let eventBus: EventBus;
  let overlays: FakeOverlays;
  let container: HTMLElement;
  const create = (config?: { visible?: boolean }) => {
    const registry = { getAll: () => elements, get: (id: string) => elements.find((element) => element.id === id) };
    // The fakes stand in for diagram-js services; only the methods StepBadges calls exist.
    return new StepBadges(config, eventBus, { getContainer: () => container } as never, overlays as never, registry as never, english);
  };
  const byId = (id: string) => elements.find((element) => element.id === id)!;

  beforeEach(async () => {
    elements = await diagram();
    eventBus = new EventBus();
    overlays = new FakeOverlays();
    container = document.createElement('div');
  });

  it('shows the badges of every step with data on import', () => {
    // given
    create();

    // when
    eventBus.fire('import.done', {});

    // then
    expect(overlays.items.map((item) => [(item.element as FakeElement).id, item.type])).toEqual([['Task_Accept', overlayType]]);
    const html = overlays.of('Task_Accept')[0]!.html;
    const badges = [...html.querySelectorAll<HTMLElement>('[data-badge]')];
    expect(badges.map((badge) => [badge.dataset.badge, badge.textContent, badge.title])).toEqual([
      ['documents', '2', 'Documents: 2'],
      ['manualFields', '2', 'Fields typed by hand: 2'],
      ['inPerson', '', 'Applicant visits in person'],
      ['approval', '', 'Approval: Руководитель отдела'],
    ]);
    expect(html.getAttribute('aria-label')).toBe('Documents: 2; Fields typed by hand: 2; Applicant visits in person; Approval: Руководитель отдела');
    expect(overlays.of('Task_Accept')[0]!.position).toEqual({ bottom: 6, left: 6 });
  });

  it('writes the tooltips anew when the editor switches its language', () => {
    // given: a translate service whose language changes, as the editor's does (src/bpmn/translate)
    let language = 'en';
    const translate: Translate = (template, replacements) => (language === 'kk' ? `kk ${english(template, replacements)}` : english(template, replacements));
    const registry = { getAll: () => elements, get: (id: string) => elements.find((element) => element.id === id) };
    new StepBadges(undefined, eventBus, { getContainer: () => container } as never, overlays as never, registry as never, translate);
    eventBus.fire('import.done', {});

    // when
    language = 'kk';
    eventBus.fire('i18n.changed', {});

    // then
    const html = overlays.of('Task_Accept')[0]!.html;
    expect(overlays.of('Task_Accept')).toHaveLength(1);
    expect([...html.querySelectorAll<HTMLElement>('[data-badge]')].map((badge) => badge.title)).toEqual(['kk Documents: 2', 'kk Fields typed by hand: 2', 'kk Applicant visits in person', 'kk Approval: Руководитель отдела']);
  });

  it('re-renders a step when its data changes and removes badges with nothing to show', () => {
    // given
    create();
    eventBus.fire('import.done', {});
    const task = byId('Task_Accept');
    const stepData = (task.businessObject.get('extensionElements') as ModdleElement).get('values') as ModdleElement[];
    const data = stepData.find((value) => value.$type === 'rw:StepData')!;

    // when: no more documents
    data.set('documents', []);
    eventBus.fire('element.changed', { element: task });

    // then
    expect([...overlays.of('Task_Accept')[0]!.html.querySelectorAll<HTMLElement>('[data-badge]')].map((b) => b.dataset.badge)).toEqual(['manualFields', 'inPerson', 'approval']);

    // when: nothing left to show
    data.set('fields', []);
    data.set('inPersonVisit', false);
    data.set('approval', false);
    eventBus.fire('element.changed', { element: task });

    // then
    expect(overlays.items).toEqual([]);
  });

  it('keeps the same overlay when a change leaves the badges as they were', () => {
    create();
    eventBus.fire('import.done', {});
    const before = overlays.of('Task_Accept')[0]!.html;

    byId('Task_Accept').businessObject.name = 'Renamed';
    eventBus.fire('element.changed', { element: byId('Task_Accept') });

    expect(overlays.of('Task_Accept')[0]!.html).toBe(before);
  });

  it('draws the badges again for a shape drawn anew, whose overlay went with the old shape (undo of a delete)', () => {
    create();
    eventBus.fire('import.done', {});
    // diagram-js removes a shape's overlays with the shape
    overlays.items = overlays.items.filter((item) => (item.element as FakeElement).id !== 'Task_Accept');

    eventBus.fire('element.changed', { element: byId('Task_Accept') });

    expect(overlays.of('Task_Accept')).toHaveLength(1);
  });

  it('drops the badges of a removed step and leaves the others alone', () => {
    // given: a second step with badges
    create();
    eventBus.fire('import.done', {});
    const task = byId('Task_Accept');
    const copy: FakeElement = { ...task, id: 'Task_Copy' };
    elements.push(copy);
    eventBus.fire('element.changed', { element: copy });
    expect(overlays.items).toHaveLength(2);

    // when
    elements = elements.filter((element) => element !== copy);
    eventBus.fire('element.changed', { element: copy });

    // then
    expect(overlays.items.map((item) => (item.element as FakeElement).id)).toEqual(['Task_Accept']);
  });

  it('puts badges above events and gateways, whose labels sit below', () => {
    create();
    const start = byId('Event_Start');
    start.businessObject.set('extensionElements', byId('Task_Accept').businessObject.get('extensionElements'));

    eventBus.fire('element.changed', { element: start });

    expect(overlays.of('Event_Start')[0]!.position).toEqual({ top: -21, left: 0 });
  });

  it('gives labels and the root no badges', () => {
    create();
    const task = byId('Task_Accept');
    const label: FakeElement = { id: 'Task_Accept_label', businessObject: task.businessObject, parent: task.parent, labelTarget: task };
    elements.push(label);

    eventBus.fire('import.done', {});

    expect(overlays.items.map((item) => (item.element as FakeElement).id)).toEqual(['Task_Accept']);
  });

  it('switches badges on and off', () => {
    // given
    const badges = create();
    const events: boolean[] = [];
    eventBus.on(visibilityChangedEvent, (event: { visible: boolean }) => void events.push(event.visible));
    expect(badges.isVisible()).toBe(true);
    expect(container.classList.contains(hiddenClass)).toBe(false);

    // when
    badges.setVisible(false);
    badges.setVisible(false);

    // then
    expect(badges.isVisible()).toBe(false);
    expect(container.classList.contains(hiddenClass)).toBe(true);
    expect(events).toEqual([false]);

    // when
    expect(badges.toggle()).toBe(true);

    // then
    expect(container.classList.contains(hiddenClass)).toBe(false);
    expect(events).toEqual([false, true]);
  });

  it('can start hidden from the editor config', () => {
    const badges = create({ visible: false });

    expect(badges.isVisible()).toBe(false);
    expect(container.classList.contains(hiddenClass)).toBe(true);
  });
});

describe('badge HTML', () => {
  it('never parses user text as HTML', () => {
    // given
    const unit = '<img src=x onerror="alert(1)">Отдел';

    // when
    const html = createBadgesElement(document, badgesFor({ documents: 0, manualFields: 0, inPerson: false, approval: true }, english, unit));

    // then
    expect(html.querySelector('img')).toBeNull();
    expect(html.querySelector<HTMLElement>('[data-badge="approval"]')!.title).toBe(`Approval: ${unit}`);
  });

  it('translates the tooltips', () => {
    const seen: [string, Record<string, string> | undefined][] = [];
    const translate: Translate = (template, replacements) => (seen.push([template, replacements]), 'T');

    const badges = badgesFor({ documents: 3, manualFields: 1, inPerson: true, approval: true }, translate);

    expect(badges.map((badge) => badge.title)).toEqual(['T', 'T', 'T', 'T']);
    expect(seen).toEqual([
      ['Documents: {count}', { count: '3' }],
      ['Fields typed by hand: {count}', { count: '1' }],
      ['Applicant visits in person', undefined],
      ['Approval', undefined],
    ]);
  });
});
