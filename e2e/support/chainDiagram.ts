/** A process of `tasks` tasks in one row between a start and an end event, drawn `gap` px apart: as wide as wanted. */
export function chainDiagram(tasks: number, gap = 150): string {
  const ids = ['Start', ...Array.from({ length: tasks }, (_, i) => `Task_${i + 1}`), 'End'];
  const x = (i: number) => 100 + i * gap;
  const nodes = ids.map((id, i) => (i === 0 ? `<startEvent id="${id}"/>` : i === ids.length - 1 ? `<endEvent id="${id}"/>` : `<task id="${id}" name="Шаг ${i}"/>`));
  const flows = ids.slice(1).map((id, i) => `<sequenceFlow id="Flow_${i}" sourceRef="${ids[i]}" targetRef="${id}"/>`);
  const shape = (id: string, i: number) => {
    const event = i === 0 || i === ids.length - 1;
    return `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x(i)}" y="${event ? 182 : 160}" width="${event ? 36 : 100}" height="${event ? 36 : 80}"/></bpmndi:BPMNShape>`;
  };
  const edge = (_id: string, i: number) =>
    `<bpmndi:BPMNEdge id="Flow_${i}_di" bpmnElement="Flow_${i}"><di:waypoint x="${x(i) + (i === 0 ? 36 : 100)}" y="200"/><di:waypoint x="${x(i + 1)}" y="200"/></bpmndi:BPMNEdge>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Chain" targetNamespace="http://example.com">
  <process id="Process_Chain" name="Цепочка из ${tasks} шагов" isExecutable="false">${nodes.join('')}${flows.join('')}</process>
  <bpmndi:BPMNDiagram id="Diagram_Chain"><bpmndi:BPMNPlane id="Plane_Chain" bpmnElement="Process_Chain">${ids.map(shape).join('')}${ids.slice(1).map(edge).join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>`;
}
