import { describe, it, expect } from 'vitest';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

import { generateDiagram } from './generateDiagram';

const list = (element: ModdleElement | undefined, property: string): ModdleElement[] =>
  (element?.get(property) as ModdleElement[] | undefined) ?? [];

async function parse(xml: string) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const process = list(rootElement, 'rootElements').find((element) => element.$instanceOf('bpmn:Process'));
  const flowElements = list(process, 'flowElements');
  const plane = list(rootElement, 'diagrams')[0]?.get('plane') as ModdleElement | undefined;
  const diElements = list(plane, 'planeElement');
  const shapes = diElements.filter((element) => element.$instanceOf('bpmndi:BPMNShape'));
  const edges = diElements.filter((element) => element.$instanceOf('bpmndi:BPMNEdge'));
  return {
    warnings,
    flowNodes: flowElements.filter((element) => element.$instanceOf('bpmn:FlowNode')),
    sequenceFlows: flowElements.filter((element) => element.$instanceOf('bpmn:SequenceFlow')),
    shapedIds: new Set(shapes.map((shape) => (shape.get('bpmnElement') as ModdleElement | undefined)?.id)),
    edges,
  };
}

describe('generateDiagram', () => {
  it.each([100, 1000])('builds a valid diagram with exactly %i flow nodes, each with a shape', async (size) => {
    const { warnings, flowNodes, sequenceFlows, shapedIds, edges } = await parse(generateDiagram(size));

    expect(warnings).toEqual([]);
    expect(flowNodes).toHaveLength(size);
    expect(flowNodes.filter((node) => !shapedIds.has(node.id)).map((node) => node.id)).toEqual([]);
    expect(shapedIds.size).toBe(size);

    const types = new Set(flowNodes.map((node) => node.$type));
    expect([...types].sort()).toEqual(
      ['bpmn:EndEvent', 'bpmn:ExclusiveGateway', 'bpmn:ServiceTask', 'bpmn:StartEvent', 'bpmn:Task', 'bpmn:UserTask'],
    );

    // Every flow joins two nodes and is drawn with at least two waypoints.
    expect(edges).toHaveLength(sequenceFlows.length);
    for (const flow of sequenceFlows) {
      expect(flow.get('sourceRef')).toBeDefined();
      expect(flow.get('targetRef')).toBeDefined();
    }
    for (const edge of edges) expect(list(edge, 'waypoint').length).toBeGreaterThanOrEqual(2);

    // One connected path: every node but the start has an incoming flow, every node but the end an outgoing one.
    for (const node of flowNodes) {
      if (!node.$instanceOf('bpmn:StartEvent')) expect(list(node, 'incoming').length, node.id).toBeGreaterThan(0);
      if (!node.$instanceOf('bpmn:EndEvent')) expect(list(node, 'outgoing').length, node.id).toBeGreaterThan(0);
    }
  });

  it('hits the exact count for every small size, whatever the remainder of a cycle', async () => {
    for (let size = 2; size <= 40; size++) {
      const { warnings, flowNodes, shapedIds } = await parse(generateDiagram(size));
      expect(warnings, `size ${size}`).toEqual([]);
      expect(flowNodes, `size ${size}`).toHaveLength(size);
      expect(shapedIds.size, `size ${size}`).toBe(size);
    }
  });

  it('splits and joins with exclusive gateways about every ten nodes', async () => {
    const { flowNodes } = await parse(generateDiagram(100));
    const gateways = flowNodes.filter((node) => node.$instanceOf('bpmn:ExclusiveGateway'));
    const splits = gateways.filter((node) => list(node, 'outgoing').length === 2);
    const joins = gateways.filter((node) => list(node, 'incoming').length === 2);

    expect(splits.length).toBeGreaterThanOrEqual(9);
    expect(joins).toHaveLength(splits.length);
    expect(splits.length + joins.length).toBe(gateways.length);
  });

  it('is deterministic, with readable ids', () => {
    const xml = generateDiagram(100);

    expect(generateDiagram(100)).toBe(xml);
    expect(xml).toContain('id="StartEvent_1"');
    expect(xml).toMatch(/id="Task_\d+"/);
    expect(xml).toMatch(/id="Gateway_\d+"/);
  });

  it('handles the smallest diagram and rejects impossible sizes', async () => {
    const { warnings, flowNodes } = await parse(generateDiagram(2));

    expect(warnings).toEqual([]);
    expect(flowNodes.map((node) => node.$type)).toEqual(['bpmn:StartEvent', 'bpmn:EndEvent']);
    expect(() => generateDiagram(1)).toThrow(RangeError);
    expect(() => generateDiagram(10.5)).toThrow(RangeError);
  });
});
