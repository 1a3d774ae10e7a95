import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { newModdle } from '../bpmnFile';
import { diffPreparedVariants, diffVariants } from '../diff/diffVariants';
import { factsFromXml } from './facts';
import { parseVariant, readVariant } from './parsedVariant';

const asIs = readFixture('diff/as-is.bpmn');
const derived = readFixture('diff/derived.bpmn');

describe('a variant parsed once for the metrics and the diff', () => {
  it('has the facts a reading of its own finds', async () => {
    for (const name of ['compare/as-is.bpmn', 'compare/to-be.bpmn', 'compare/term-subprocess.bpmn', 'diff/derived.bpmn']) {
      expect((await parseVariant(readFixture(name))).facts).toEqual(await factsFromXml(readFixture(name)));
    }
  });

  it('gives the diff of a parse of its own, as often as asked, and leaves its tree as parsed', async () => {
    const definitions = (await newModdle().fromXML(derived)).rootElement;
    const written = (await newModdle().toXML(definitions)).xml;
    const [old, current] = [await parseVariant(asIs), readVariant(definitions)];
    const expected = await diffVariants(asIs, derived);

    expect(diffPreparedVariants(old.prepared, current.prepared)).toEqual(expected);
    expect(diffPreparedVariants(old.prepared, current.prepared, [{ oldId: 'Task_Check', newId: null }])).toEqual(await diffVariants(asIs, derived, [{ oldId: 'Task_Check', newId: null }]));
    expect(diffPreparedVariants(old.prepared, current.prepared)).toEqual(expected);
    expect(diffPreparedVariants(current.prepared, old.prepared)).toEqual(await diffVariants(derived, asIs));
    expect((await newModdle().toXML(definitions)).xml).toBe(written);
  });

  it('compares with itself as with a copy of itself: two variants with the same XML share one', async () => {
    const variant = await parseVariant(derived);
    expect(diffPreparedVariants(variant.prepared, variant.prepared)).toEqual(await diffVariants(derived, derived));
  });
});
