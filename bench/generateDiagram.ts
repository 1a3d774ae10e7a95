/**
 * Synthetic BPMN 2.0 diagrams for the render benchmark: one process with exactly `flowNodes`
 * flow nodes and a complete DI section, laid out left to right in rows that wrap.
 *
 * Shape of the flow: a start event, then repeating cycles of ten nodes — five plain activities
 * (task / user task / service task in turn) and an exclusive gateway block (split, two
 * activities on the upper branch, one on the lower branch, join) — then an end event. What does
 * not fill a whole cycle at the end becomes plain activities. Ids and coordinates depend on
 * `flowNodes` only, so the same size always gives the same XML.
 *
 * Pure TypeScript without imports: `bench/run.mjs` bundles it for Node, the unit test runs it.
 * generateVariants.ts builds on buildDiagram and toXml for the comparison benchmark.
 */

export type NodeKind = 'startEvent' | 'endEvent' | 'task' | 'userTask' | 'serviceTask' | 'exclusiveGateway';

/**
 * Where a node sits in the generated flow: `plain` activities run in fives (`index` 0–4 within
 * the run, the remainder at the end counts on), `upper` (index 0–1) and `lower` (index 0) are the
 * branch activities of a gateway block. `cycle` is the block's number, from 0; the remainder's
 * plain activities and the end event have the number after the last full cycle.
 */
export type NodeRole = 'start' | 'end' | 'plain' | 'split' | 'upper' | 'lower' | 'join';

export interface FlowNode {
  id: string;
  kind: NodeKind;
  name?: string;
  role: NodeRole;
  cycle: number;
  index: number;
  /** Centre of the shape. */
  cx: number;
  cy: number;
  incoming: string[];
  outgoing: string[];
  /** Inner XML of <bpmn:extensionElements>, without indentation; none when undefined. */
  extension?: string[];
}

export interface SequenceFlow {
  id: string;
  source: FlowNode;
  target: FlowNode;
  waypoints: Array<[number, number]>;
}

/** A generated diagram before it is written: nodes and flows in document order. */
export interface DiagramModel {
  nodes: FlowNode[];
  flows: SequenceFlow[];
}

/** What toXml adds to the plain diagram: namespaces on <bpmn:definitions>, and the process name. */
export interface XmlOptions {
  namespaces?: Record<string, string>;
  processName?: string;
}

/** One placement step: a single activity, or a gateway block with its branches. */
type Unit = { type: 'activity' } | { type: 'block'; upper: number; lower: number };

const SIZE: Record<NodeKind, { width: number; height: number }> = {
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  task: { width: 100, height: 80 },
  userTask: { width: 100, height: 80 },
  serviceTask: { width: 100, height: 80 },
  exclusiveGateway: { width: 50, height: 50 },
};

const ID_PREFIX: Record<NodeKind, string> = {
  startEvent: 'StartEvent',
  endEvent: 'EndEvent',
  task: 'Task',
  userTask: 'UserTask',
  serviceTask: 'ServiceTask',
  exclusiveGateway: 'Gateway',
};

const ACTIVITY_KINDS: readonly NodeKind[] = ['task', 'userTask', 'serviceTask'];

/** Nodes per repeating cycle: 5 plain activities + split + 2 upper + 1 lower + join. */
const CYCLE = 10;
const PLAIN_PER_CYCLE = 5;
const BLOCK: Unit = { type: 'block', upper: 2, lower: 1 };

const COLUMN_WIDTH = 150;
const COLUMNS_PER_ROW = 20;
const LEFT = 150;
const TOP = 100;
/** Main line of a row, lower branch below it, and the gutter the wrapping flow runs through. */
const LOWER_BRANCH_OFFSET = 130;
const GUTTER_OFFSET = 210;
const ROW_HEIGHT = 300;

export const half = (kind: NodeKind) => ({ w: SIZE[kind].width / 2, h: SIZE[kind].height / 2 });

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function unitsFor(bodyNodes: number): Unit[] {
  const units: Unit[] = [];
  const cycles = Math.floor(bodyNodes / CYCLE);
  for (let c = 0; c < cycles; c++) {
    for (let i = 0; i < PLAIN_PER_CYCLE; i++) units.push({ type: 'activity' });
    units.push(BLOCK);
  }
  for (let i = 0; i < bodyNodes % CYCLE; i++) units.push({ type: 'activity' });
  return units;
}

const columnsOf = (unit: Unit) => (unit.type === 'activity' ? 1 : 2 + Math.max(unit.upper, unit.lower));

export function generateDiagram(flowNodes: number): string {
  return toXml(buildDiagram(flowNodes));
}

/** The nodes and flows of generateDiagram(flowNodes), for a caller that annotates or edits them before writing. */
export function buildDiagram(flowNodes: number): DiagramModel {
  if (!Number.isInteger(flowNodes) || flowNodes < 2) {
    throw new RangeError(`A diagram needs a start and an end event: flowNodes must be an integer >= 2, got ${flowNodes}`);
  }

  const nodes: FlowNode[] = [];
  const flows: SequenceFlow[] = [];
  let activityCount = 0;

  let row = 0;
  let column = 0;
  const rowY = (r: number) => TOP + r * ROW_HEIGHT;
  const columnX = (c: number) => LEFT + c * COLUMN_WIDTH;

  let cycle = 0;
  let plainIndex = 0;
  const addNode = (kind: NodeKind, cx: number, cy: number, role: NodeRole, index = 0): FlowNode => {
    const number = nodes.length + 1;
    const node: FlowNode = { id: `${ID_PREFIX[kind]}_${number}`, kind, role, cycle, index, cx, cy, incoming: [], outgoing: [] };
    if (ACTIVITY_KINDS.includes(kind)) node.name = `Step ${number}`;
    nodes.push(node);
    return node;
  };

  const nextActivityKind = (): NodeKind => ACTIVITY_KINDS[activityCount++ % ACTIVITY_KINDS.length] ?? 'task';

  const connect = (source: FlowNode, target: FlowNode, waypoints: Array<[number, number]>) => {
    const flow: SequenceFlow = { id: `Flow_${flows.length + 1}`, source, target, waypoints };
    source.outgoing.push(flow.id);
    target.incoming.push(flow.id);
    flows.push(flow);
  };

  /** Straight along one line, or, when the target opens a new row, round through the gutter. */
  const connectForward = (source: FlowNode, target: FlowNode) => {
    const from: [number, number] = [source.cx + half(source.kind).w, source.cy];
    const to: [number, number] = [target.cx - half(target.kind).w, target.cy];
    if (target.cy === source.cy) {
      connect(source, target, [from, to]);
      return;
    }
    const turnX = source.cx + COLUMN_WIDTH / 2;
    const backX = target.cx - COLUMN_WIDTH / 2;
    const gutterY = source.cy + GUTTER_OFFSET;
    connect(source, target, [from, [turnX, source.cy], [turnX, gutterY], [backX, gutterY], [backX, target.cy], to]);
  };

  /** Reserve `columns` on the current row, wrapping first if they do not fit. */
  const place = (columns: number): { x: number; y: number } => {
    if (column + columns > COLUMNS_PER_ROW && column > 0) {
      row++;
      column = 0;
    }
    const at = { x: columnX(column), y: rowY(row) };
    column += columns;
    return at;
  };

  let at = place(1);
  let last = addNode('startEvent', at.x, at.y, 'start');

  for (const unit of unitsFor(flowNodes - 2)) {
    at = place(columnsOf(unit));
    if (unit.type === 'activity') {
      const node = addNode(nextActivityKind(), at.x, at.y, 'plain', plainIndex++);
      connectForward(last, node);
      last = node;
      continue;
    }

    const split = addNode('exclusiveGateway', at.x, at.y, 'split');
    connectForward(last, split);
    const joinX = at.x + (1 + Math.max(unit.upper, unit.lower)) * COLUMN_WIDTH;
    const lowerY = at.y + LOWER_BRANCH_OFFSET;

    let upper = split;
    for (let i = 1; i <= unit.upper; i++) {
      const node = addNode(nextActivityKind(), at.x + i * COLUMN_WIDTH, at.y, 'upper', i - 1);
      connectForward(upper, node);
      upper = node;
    }

    const lowerNodes: FlowNode[] = [];
    for (let i = 1; i <= unit.lower; i++) lowerNodes.push(addNode(nextActivityKind(), at.x + i * COLUMN_WIDTH, lowerY, 'lower', i - 1));

    const join = addNode('exclusiveGateway', joinX, at.y, 'join');
    connectForward(upper, join);

    const gate = half('exclusiveGateway');
    const [firstLower] = lowerNodes;
    if (firstLower) {
      connect(split, firstLower, [[split.cx, split.cy + gate.h], [split.cx, lowerY], [firstLower.cx - half(firstLower.kind).w, lowerY]]);
      for (let i = 1; i < lowerNodes.length; i++) {
        const prev = lowerNodes[i - 1];
        const node = lowerNodes[i];
        if (prev && node) connectForward(prev, node);
      }
      const lastLower = lowerNodes[lowerNodes.length - 1] ?? firstLower;
      connect(lastLower, join, [[lastLower.cx + half(lastLower.kind).w, lowerY], [join.cx, lowerY], [join.cx, join.cy + gate.h]]);
    } else {
      connect(split, join, [[split.cx, split.cy + gate.h], [split.cx, lowerY], [join.cx, lowerY], [join.cx, join.cy + gate.h]]);
    }
    last = join;
    cycle++;
    plainIndex = 0;
  }

  at = place(1);
  connectForward(last, addNode('endEvent', at.x, at.y, 'end'));

  return { nodes, flows };
}

/** Writes a model as BPMN 2.0 XML with a full DI section; generateDiagram's XML when no options are given. */
export function toXml({ nodes, flows }: DiagramModel, options: XmlOptions = {}): string {
  const namespaces = Object.entries(options.namespaces ?? {})
    .map(([prefix, uri]) => ` xmlns:${prefix}="${escapeXml(uri)}"`)
    .join('');
  const processName = escapeXml(options.processName ?? `Benchmark ${nodes.length}`);
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"' +
      ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"' +
      ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"' +
      ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI"' +
      namespaces +
      ' id="Definitions_Bench" targetNamespace="http://bpmn.io/schema/bpmn">',
    `  <bpmn:process id="Process_Bench" name="${processName}" isExecutable="false">`,
  );
  for (const node of nodes) {
    const name = node.name === undefined ? '' : ` name="${escapeXml(node.name)}"`;
    out.push(`    <bpmn:${node.kind} id="${node.id}"${name}>`);
    if (node.extension) {
      out.push('      <bpmn:extensionElements>');
      for (const line of node.extension) out.push(`        ${line}`);
      out.push('      </bpmn:extensionElements>');
    }
    for (const id of node.incoming) out.push(`      <bpmn:incoming>${id}</bpmn:incoming>`);
    for (const id of node.outgoing) out.push(`      <bpmn:outgoing>${id}</bpmn:outgoing>`);
    out.push(`    </bpmn:${node.kind}>`);
  }
  for (const flow of flows) {
    out.push(`    <bpmn:sequenceFlow id="${flow.id}" sourceRef="${flow.source.id}" targetRef="${flow.target.id}" />`);
  }
  out.push(
    '  </bpmn:process>',
    '  <bpmndi:BPMNDiagram id="BPMNDiagram_Bench">',
    '    <bpmndi:BPMNPlane id="BPMNPlane_Bench" bpmnElement="Process_Bench">',
  );
  for (const node of nodes) {
    const { w, h } = half(node.kind);
    const marker = node.kind === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '';
    out.push(
      `      <bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"${marker}>`,
      `        <dc:Bounds x="${node.cx - w}" y="${node.cy - h}" width="${w * 2}" height="${h * 2}" />`,
      '      </bpmndi:BPMNShape>',
    );
  }
  for (const flow of flows) {
    out.push(`      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">`);
    for (const [x, y] of flow.waypoints) out.push(`        <di:waypoint x="${x}" y="${y}" />`);
    out.push('      </bpmndi:BPMNEdge>');
  }
  out.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>', '');
  return out.join('\n');
}
