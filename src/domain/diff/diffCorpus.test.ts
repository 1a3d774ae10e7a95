import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpusBytes } from '../../../test/corpus';
import { decodeBpmnBytes, newModdle } from '../bpmnFile';
import { diffVariants } from './diffVariants';

describe('diff over the third-party corpus', () => {
  it('finds no change between any readable file and itself', async () => {
    const noisy: string[] = [];
    for (const name of corpusFiles()) {
      const xml = decodeBpmnBytes(readCorpusBytes(name));
      const readable = await newModdle().fromXML(xml).then(() => true, () => false);
      if (!readable) continue;
      const { changes } = await diffVariants(xml, xml);
      if (changes.length > 0) noisy.push(`${name}: ${changes.map((c) => `${c.oldId} ${c.aspects.join(' ')}`).join(', ')}`);
    }
    expect(noisy).toEqual([]);
  }, 120_000);
});
