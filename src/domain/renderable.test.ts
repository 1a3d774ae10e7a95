import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/corpus';
import { inspectBpmn, newModdle } from './bpmnFile';
import { renderBlocker } from './renderable';

const small = readFixture('markup-names.bpmn');
const parsed = async (xml: string) => {
  const { rootElement, elementsById } = await newModdle().fromXML(xml);
  return renderBlocker(rootElement, elementsById);
};

/** The small fixture with its task as a collapsed sub-process drawn on a plane of its own. */
const withSubProcessPlane = (extraId: string) =>
  small
    .replace('<bpmn:task id="Task_1"', '<bpmn:subProcess id="Task_1"')
    .replace('</bpmn:task>', `<bpmn:task id="${extraId}" /></bpmn:subProcess>`)
    .replace(
      '</bpmn:definitions>',
      `<bpmndi:BPMNDiagram id="Diagram_sub"><bpmndi:BPMNPlane id="Plane_sub" bpmnElement="Task_1"><bpmndi:BPMNShape id="${extraId}_di" bpmnElement="${extraId}"><dc:Bounds x="0" y="0" width="100" height="80" /></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`,
    );

describe('whether bpmn-js can draw a parsed file without trying', () => {
  it('proves a plain diagram and a collapsed sub-process with a plane of its own drawable', async () => {
    expect(await parsed(small)).toBeNull();
    expect(await parsed(withSubProcessPlane('Inner_1'))).toBeNull();
  });

  it('does not prove a file whose first diagram has no plane: bpmn-js has no diagram to display', async () => {
    const xml = small.replace('<bpmndi:BPMNDiagram id="Diagram_1">', '<bpmndi:BPMNDiagram id="Empty_1" /><bpmndi:BPMNDiagram id="Diagram_1">');
    expect(await parsed(xml)).toBe('Empty_1: no plane');
    const inspection = await inspectBpmn(xml);
    expect(inspection.ok && inspection.renderable).toBe(false);
  });

  it('leaves to a trial render a sub-process plane whose root id (`<id>_plane`) another element has, which could clash', async () => {
    expect(await parsed(withSubProcessPlane('Task_1_plane'))).toBe('Diagram_1: root id Task_1_plane taken');
  });

  it('does not prove a plane that shows something bpmn-js cannot show', async () => {
    const xml = small.replace('<bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_markup">', '<bpmndi:BPMNPlane id="Plane_1" bpmnElement="Task_1">');
    expect(await parsed(xml)).toBe('Diagram_1: plane shows bpmn:Task');
  });
});
