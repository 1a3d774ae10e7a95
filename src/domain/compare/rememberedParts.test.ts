import { describe, expect, it } from 'vitest';
import { rememberedParts } from './rememberedParts';

/** A reader that records what it was asked to read; it refuses a part that says "bad". */
function recordingReader() {
  const asked: string[][] = [];
  const read = rememberedParts((parts: readonly string[], namespaces: string) => {
    asked.push([...parts]);
    return parts.includes('bad') ? null : parts.map((part) => ({ part, namespaces }));
  });
  return { asked, read };
}

describe('rememberedParts', () => {
  it('reads only the parts the variant read last did not have, and gives every part in order', () => {
    const { asked, read } = recordingReader();
    expect(read(['a', 'b', 'c'], 'ns')!.map((r) => r.part)).toEqual(['a', 'b', 'c']);
    const second = read(['c', 'd', 'a', 'd'], 'ns')!;
    expect(second.map((r) => r.part)).toEqual(['c', 'd', 'a', 'd']);
    expect(asked).toEqual([['a', 'b', 'c'], ['d', 'd']]);
  });

  it('keeps the last variant only', () => {
    const { asked, read } = recordingReader();
    read(['a'], 'ns');
    read(['b'], 'ns');
    read(['a', 'b'], 'ns');
    expect(asked).toEqual([['a'], ['b'], ['a']]);
  });

  it('reads everything again under other namespace declarations', () => {
    const { asked, read } = recordingReader();
    read(['a'], 'xmlns:rw="one"');
    expect(read(['a'], 'xmlns:rw="two"')).toEqual([{ part: 'a', namespaces: 'xmlns:rw="two"' }]);
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('fails as the reader fails, and keeps what it remembered', () => {
    const { asked, read } = recordingReader();
    read(['a'], 'ns');
    expect(read(['a', 'bad'], 'ns')).toBeNull();
    read(['a'], 'ns');
    expect(asked).toEqual([['a'], ['bad']]);
  });
});
