import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVariantPair } from '../../../bench/generateVariants';
import { corpusFiles, readCorpusBytes, readFixture } from '../../../test/corpus';
import { decodeBpmnBytes, newModdle } from '../bpmnFile';
import { diffPreparedVariants } from '../diff/diffVariants';
import { parseDetachedVariant } from './detachedVariant';
import { detachXml } from './detachedXml';
import { readVariant, type ParsedVariant } from './parsedVariant';
import { readFileSync } from 'node:fs';

const whole = async (xml: string) => readVariant((await newModdle().fromXML(xml)).rootElement);

async function detached(xml: string): Promise<ParsedVariant | null> {
  const parsed = await parseDetachedVariant(xml);
  return parsed && readVariant(parsed.definitions, parsed.parts);
}

/** What the comparison reads of a parsed variant, by element id: the trees themselves are different objects. */
function readings({ facts, prepared }: ParsedVariant) {
  const byId = <V>(map: ReadonlyMap<{ id?: string }, V>) => [...map].map(([element, value]) => [element.id, value]);
  return { facts, data: byId(prepared.data), layouts: byId(prepared.layouts), elements: prepared.tree.elements.map((e) => `${e.$type} ${e.id}`) };
}

const bpmnFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.bpmn'))
    .map((name) => resolve(dir, name));

describe('a variant parsed with its step data and drawing cut out', () => {
  it('reads the bench pair as the whole parse does, and diffs it the same', async () => {
    const { asIs, toBe } = generateVariantPair(1000);
    // The to-be shares most of its step data with the as-is read before it (rememberedParts.ts), and the as-is read
    // again shares it with the to-be.
    const [fastAsIs, fastToBe, asIsAgain] = [await detached(asIs), await detached(toBe), await detached(asIs)];
    const [wholeAsIs, wholeToBe] = [await whole(asIs), await whole(toBe)];
    expect(fastAsIs && fastToBe && asIsAgain).not.toBeNull();
    expect(readings(fastAsIs!)).toEqual(readings(wholeAsIs));
    expect(readings(fastToBe!)).toEqual(readings(wholeToBe));
    expect(readings(asIsAgain!)).toEqual(readings(wholeAsIs));
    expect(diffPreparedVariants(fastAsIs!.prepared, fastToBe!.prepared)).toEqual(diffPreparedVariants(wholeAsIs.prepared, wholeToBe.prepared));
  }, 60_000);

  it('reads every fixture, sample model and readable corpus file as the whole parse does, or declines', async () => {
    const files = [...bpmnFilesUnder(resolve(import.meta.dirname, '../../../test/fixtures')), ...bpmnFilesUnder(resolve(import.meta.dirname, '../../../models'))];
    const texts = [...files.map((file) => ({ name: file, xml: readFileSync(file, 'utf8') })), ...corpusFiles().map((name) => ({ name, xml: decodeBpmnBytes(readCorpusBytes(name)) }))];
    let cut = 0;
    for (const { name, xml } of texts) {
      const reference = await whole(xml).catch(() => null);
      const fast = await detached(xml);
      if (!reference) {
        expect(fast, name).toBeNull();
        continue;
      }
      if (!fast) continue;
      cut++;
      expect(readings(fast), name).toEqual(readings(reference));
    }
    // Most of them are cut: the test is about the fast path, not the fallback.
    expect(cut).toBeGreaterThan(texts.length / 2);
  }, 120_000);

  it('diffs the fixture and sample pairs as the whole parse does', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const pairs = [
      ['test/fixtures/diff/as-is.bpmn', 'test/fixtures/diff/derived.bpmn'],
      ...['birth-registration', 'criminal-record-certificate'].flatMap((model) => [
        [`models/${model}/as-is.bpmn`, `models/${model}/to-be.bpmn`],
        [`models/${model}/to-be.bpmn`, `models/${model}/optimal.bpmn`],
      ]),
    ];
    for (const [before, after] of pairs) {
      const [oldXml, newXml] = [readFileSync(resolve(root, before!), 'utf8'), readFileSync(resolve(root, after!), 'utf8')];
      const [fastOld, fastNew] = [await detached(oldXml), await detached(newXml)];
      expect(fastOld && fastNew, before).not.toBeNull();
      expect(diffPreparedVariants(fastOld!.prepared, fastNew!.prepared), `${before} → ${after}`).toEqual(diffPreparedVariants((await whole(oldXml)).prepared, (await whole(newXml)).prepared));
    }
  });

  it('reads values as moddle converts them: numbers, booleans, entities, defaults, the last of two', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:rw="https://reengineering-workbench.kz/schema/step-data/1.0" id="D">
  <bpmn:process id="P">
    <bpmn:task id="T" name="A &amp; B">
      <bpmn:extensionElements>
        <rw:stepData executorRole="R &quot;1&quot;" approval="TRUE" collegial="true" channel="portal">
          <rw:normTime value="5min" unit="minutes"/>
          <rw:normTime value="7.50" unit="hours"/>
          <rw:waitingTime value="3 days" unit="workingDays"/>
          <rw:document ref="d&lt;1" direction="input"/>
          <rw:decision action="merge" waste="waiting  rework"> keep &amp; merge </rw:decision>
        </rw:stepData>
      </bpmn:extensionElements>
    </bpmn:task>
    <bpmn:subProcess id="S"><bpmn:extensionElements><rw:stepData/></bpmn:extensionElements></bpmn:subProcess>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Dia">
    <bpmndi:BPMNPlane id="Pl" bpmnElement="P">
      <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds width="10.0" height="2e1"/><bpmndi:BPMNLabel><dc:Bounds x="1" y="2" width="3" height="4"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="T_di2" bpmnElement="T"><dc:Bounds x="9" y="9" width="9" height="9"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="S_di" bpmnElement="S" isExpanded="true"><dc:Bounds x="0" y="0" width="1" height="1"/><dc:Bounds x="5" y="5" width="5" height="5"/></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const fast = await detached(xml);
    expect(fast).not.toBeNull();
    expect(readings(fast!)).toEqual(readings(await whole(xml)));
  });

  it('declines what the text alone cannot cut exactly', () => {
    const variant = readFixture('step-data.bpmn');
    expect(detachXml(variant)).not.toBeNull();
    expect(detachXml(variant.replace('<bpmn:process', '<!-- <rw:stepData/> --><bpmn:process'))).toBeNull();
  });
});
