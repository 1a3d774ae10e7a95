import { describe, it, expect } from 'vitest';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

import rw from '../src/domain/stepData/rw.json';
import { compareVariants } from '../src/domain/compare/comparison';
import { parseVariant } from '../src/domain/compare/parsedVariant';
import { diffPreparedVariants } from '../src/domain/diff/diffVariants';
import { countFindings, findingMismatches, type ComparisonFindings } from './comparisonCounts';
import { changeShares, generateVariantPair } from './generateVariants';

// Everything below is read from the XML text with regular expressions, independently of the
// generator's model and of src/domain: what the pair really holds, not what the generator says.

const FLOW_NODE = /<bpmn:(startEvent|endEvent|task|userTask|serviceTask|exclusiveGateway) id="([^"]+)"(?: name="([^"]*)")?>([\s\S]*?)<\/bpmn:\1>/g;

interface ReadVariant {
  names: Map<string, string | undefined>;
  types: Map<string, string>;
  /** The <rw:stepData> block of each node, without the reengineering decision (not compared). */
  stepData: Map<string, string>;
  flows: Array<[string, string]>;
  bounds: Map<string, string>;
}

function read(xml: string): ReadVariant {
  const variant: ReadVariant = { names: new Map(), types: new Map(), stepData: new Map(), flows: [], bounds: new Map() };
  for (const [, type, id, name, body] of xml.matchAll(FLOW_NODE)) {
    variant.names.set(id!, name);
    variant.types.set(id!, type!);
    const data = /<rw:stepData[\s\S]*<\/rw:stepData>/.exec(body!)?.[0];
    if (data) variant.stepData.set(id!, data.replace(/\s*<rw:decision[\s\S]*?<\/rw:decision>/, ''));
  }
  for (const [, source, target] of xml.matchAll(/<bpmn:sequenceFlow id="[^"]+" sourceRef="([^"]+)" targetRef="([^"]+)" \/>/g)) variant.flows.push([source!, target!]);
  for (const [, id, bounds] of xml.matchAll(/<bpmndi:BPMNShape id="[^"]+" bpmnElement="([^"]+)"[^>]*>\s*<dc:Bounds ([^/]+)\/>/g)) variant.bounds.set(id!, bounds!);
  return variant;
}

/**
 * Each node's neighbours among `common` nodes, looking through the others: a removed or an added
 * step between two common ones leaves them neighbours.
 */
function contractedNeighbours(flows: Array<[string, string]>, common: Set<string>, direction: 'successors' | 'predecessors'): Map<string, string> {
  const next = new Map<string, string[]>();
  for (const [source, target] of flows) {
    const [from, to] = direction === 'successors' ? [source, target] : [target, source];
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const result = new Map<string, string>();
  for (const id of common) {
    const found = new Set<string>();
    const seen = new Set<string>();
    const stack = [...(next.get(id) ?? [])];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      if (common.has(node)) found.add(node);
      else stack.push(...(next.get(node) ?? []));
    }
    result.set(id, [...found].sort().join(' '));
  }
  return result;
}

function changesBetween(asIsXml: string, toBeXml: string) {
  const [asIs, toBe] = [read(asIsXml), read(toBeXml)];
  const common = new Set([...asIs.names.keys()].filter((id) => toBe.names.has(id)));
  const differs = <T>(before: Map<string, T>, after: Map<string, T>) => [...common].filter((id) => before.get(id) !== after.get(id));
  const [successorsBefore, successorsAfter] = [asIs, toBe].map((variant) => contractedNeighbours(variant.flows, common, 'successors'));
  const [predecessorsBefore, predecessorsAfter] = [asIs, toBe].map((variant) => contractedNeighbours(variant.flows, common, 'predecessors'));
  // A step moved elsewhere in the flow has other neighbours on both sides; the steps it left or
  // joined change on one side only.
  const rewired = [...common].filter((id) => successorsBefore!.get(id) !== successorsAfter!.get(id) && predecessorsBefore!.get(id) !== predecessorsAfter!.get(id));
  return {
    asIs,
    toBe,
    common,
    removed: [...asIs.names.keys()].filter((id) => !toBe.names.has(id)),
    added: [...toBe.names.keys()].filter((id) => !asIs.names.has(id)),
    renamed: differs(asIs.names, toBe.names),
    retyped: differs(asIs.types, toBe.types),
    dataChanged: differs(asIs.stepData, toBe.stepData),
    movedOnCanvas: differs(asIs.bounds, toBe.bounds),
    rewired,
  };
}

const list = (element: ModdleElement | undefined, property: string): ModdleElement[] => (element?.get(property) as ModdleElement[] | undefined) ?? [];

async function parse(xml: string) {
  const { rootElement, warnings } = await new BpmnModdle({ rw }).fromXML(xml);
  const process = list(rootElement, 'rootElements').find((element) => element.$instanceOf('bpmn:Process'));
  const flowElements = list(process, 'flowElements');
  const plane = list(rootElement, 'diagrams')[0]?.get('plane') as ModdleElement | undefined;
  return {
    warnings,
    flowNodes: flowElements.filter((element) => element.$instanceOf('bpmn:FlowNode')),
    sequenceFlows: flowElements.filter((element) => element.$instanceOf('bpmn:SequenceFlow')),
    shapedIds: new Set(list(plane, 'planeElement').map((shape) => (shape.get('bpmnElement') as ModdleElement | undefined)?.id)),
  };
}

const pair = generateVariantPair(1000);

describe('generateVariantPair', () => {
  it('gives two valid diagrams of exactly 1,000 flow nodes, each drawn and connected', async () => {
    for (const xml of [pair.asIs, pair.toBe]) {
      expect([...xml.matchAll(FLOW_NODE)]).toHaveLength(1000);
      const { warnings, flowNodes, sequenceFlows, shapedIds } = await parse(xml);
      expect(warnings).toEqual([]);
      expect(flowNodes).toHaveLength(1000);
      expect(flowNodes.filter((node) => !shapedIds.has(node.id)).map((node) => node.id)).toEqual([]);
      for (const flow of sequenceFlows) expect(shapedIds.has(flow.id), flow.id).toBe(true);
      for (const node of flowNodes) {
        if (!node.$instanceOf('bpmn:StartEvent')) expect(list(node, 'incoming').length, node.id).toBeGreaterThan(0);
        if (!node.$instanceOf('bpmn:EndEvent')) expect(list(node, 'outgoing').length, node.id).toBeGreaterThan(0);
      }
    }
  });

  it('annotates every activity with step data: documents, fields typed and from systems, systems, times, approvals', () => {
    const activities = [...pair.asIs.matchAll(FLOW_NODE)].filter(([, type]) => /task/i.test(type!));
    expect(activities).toHaveLength(800);
    for (const [, , id, , body] of activities) {
      expect(body, id).toMatch(/<rw:stepData [^>]*stepKind="(manual|automated|automatic)"/);
      expect(body, id).toMatch(/<rw:normTime value="[\d.]+" unit="(minutes|hours)" \/>/);
      expect(body, id).toMatch(/<rw:document ref="doc-\d+" direction="input"/);
      expect(body, id).toMatch(/<rw:field ref="field-\d+" entry="(manual|system)"/);
    }
    const occurrences = (pattern: RegExp) => [...pair.asIs.matchAll(pattern)].length;
    expect(pair.asIs).toContain(' xmlns:rw="https://reengineering-workbench.kz/schema/step-data/1.0"');
    expect(occurrences(/entry="manual"/g)).toBeGreaterThan(500);
    expect(occurrences(/entry="system" system="sys-\d+"/g)).toBeGreaterThan(500);
    expect(occurrences(/<rw:system ref=/g)).toBeGreaterThan(400);
    expect(occurrences(/ approval="true"/g)).toBeGreaterThan(40);
    expect(occurrences(/<rw:waitingTime /g)).toBeGreaterThan(150);
    expect(occurrences(/<rw:integration /g)).toBeGreaterThan(30);
  });

  it('derives a to-be with the intended number of each kind of change, and nothing else', () => {
    const found = changesBetween(pair.asIs, pair.toBe);
    const { intent } = pair;
    expect(intent).toMatchObject({ flowNodes: 1000, removed: 60, added: 60, renamed: 80, rewired: 20, dataChanged: 120, matched: 940 });
    expect(intent.removed).toBe(Math.round(800 * changeShares.removed));

    expect(found.removed).toHaveLength(intent.removed);
    expect(found.added).toHaveLength(intent.added);
    expect(found.renamed).toHaveLength(intent.renamed);
    expect(found.rewired).toHaveLength(intent.rewired);
    expect(found.dataChanged).toHaveLength(intent.dataChanged);
    expect(found.common.size).toBe(intent.matched);

    // Each change on steps of its own, and the rest untouched.
    const kinds = [found.renamed, found.rewired, found.dataChanged];
    expect(new Set(kinds.flat()).size).toBe(kinds.flat().length);
    expect(found.retyped).toEqual([]);
    expect(found.movedOnCanvas).toEqual([]);
    // Removed and added steps are activities, with names the other side does not use.
    for (const id of found.removed) expect(found.asIs.types.get(id), id).toMatch(/task/i);
    for (const id of found.added) expect(found.toBe.types.get(id), id).toMatch(/task/i);
    const asIsNames = new Set(found.asIs.names.values());
    for (const id of found.added) expect(asIsNames.has(found.toBe.names.get(id)), id).toBe(false);
    for (const id of found.added) expect(found.toBe.stepData.has(id), id).toBe(true);
  });

  it('is deterministic for a seed, and another seed picks other steps', () => {
    const again = generateVariantPair(1000);
    expect(again.asIs).toBe(pair.asIs);
    expect(again.toBe).toBe(pair.toBe);
    expect(again.intent).toEqual(pair.intent);

    const other = generateVariantPair(1000, 7);
    expect(other.toBe).not.toBe(pair.toBe);
    expect(changesBetween(other.asIs, other.toBe).removed).toHaveLength(other.intent.removed);
    expect(changesBetween(other.asIs, other.toBe).removed).not.toEqual(changesBetween(pair.asIs, pair.toBe).removed);
    // The comparison bench's cold scenario reads this other process's as-is first: none of its step data is the pair's.
    const otherStepData = new Set(read(other.asIs).stepData.values());
    expect([...read(pair.asIs).stepData.values(), ...read(pair.toBe).stepData.values()].filter((data) => otherStepData.has(data))).toEqual([]);
  });

  it('scales the changes with the size, and refuses a size with no room for them', () => {
    const small = generateVariantPair(200);
    const found = changesBetween(small.asIs, small.toBe);
    expect(small.intent).toMatchObject({ removed: 12, added: 12, renamed: 16, rewired: 4, dataChanged: 24 });
    expect([found.removed.length, found.added.length, found.renamed.length, found.rewired.length, found.dataChanged.length]).toEqual([12, 12, 16, 4, 24]);
    expect(() => generateVariantPair(9)).toThrow(RangeError);
  });
});

describe('the comparison the bench measures', () => {
  it('finds exactly the intended changes and metrics in the pair', async () => {
    const [asIs, toBe] = [await parseVariant(pair.asIs), await parseVariant(pair.toBe)];
    const comparison = compareVariants({ asIs: asIs.facts, toBe: toBe.facts }, pair.dictionary);
    const findings = countFindings(comparison, diffPreparedVariants(asIs.prepared, toBe.prepared));

    expect(findingMismatches(pair.intent, findings)).toEqual([]);
    expect(findings.diff).toMatchObject({ removed: 60, added: 60, changed: 220, layoutOnly: 0, aspects: { name: 80, flow: 20, data: 120 } });
  });

  it('fails a run that finds nothing or too much', () => {
    const nothing: ComparisonFindings = {
      diff: { added: 0, removed: 0, changed: 0, layoutOnly: 0, matched: 0, aspects: {}, multiAspect: 0 },
      metrics: { asIs: {}, toBe: {}, stepsRemoved: 0, stepsAdded: 0 },
    };
    const problems = findingMismatches(pair.intent, nothing);
    expect(problems).toContain('diff: removed: found 0, expected 60');
    expect(problems).toContain('metric steps (asIs): found NaN, expected 800');

    const extra: ComparisonFindings = { ...nothing, diff: { ...nothing.diff, aspects: { layout: 3 } } };
    expect(findingMismatches(pair.intent, extra)).toContain("diff: aspect 'layout': found 3, expected 0");
  });
});
