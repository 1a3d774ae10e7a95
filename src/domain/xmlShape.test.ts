import { describe, expect, it } from 'vitest';
import { findXmlExcess } from './xmlShape';

const roomy = { depth: 10, elements: 100 };

describe('findXmlExcess', () => {
  it('counts the root as depth 1 and a self-closing element as a level of its own', () => {
    expect(findXmlExcess('<a><b/></a>', { depth: 2, elements: 2 })).toBeNull();
    expect(findXmlExcess('<a><b/></a>', { depth: 1, elements: 2 })).toEqual({ code: 'tooDeep', limit: 1 });
    expect(findXmlExcess('<a><b/><c/></a>', { depth: 2, elements: 2 })).toEqual({ code: 'tooManyElements', limit: 2 });
  });

  it('goes down again after closing tags, so siblings do not add depth', () => {
    const siblings = `<a>${'<b><c/></b>'.repeat(50)}</a>`;
    expect(findXmlExcess(siblings, { depth: 3, elements: 101 })).toBeNull();
  });

  it('does not count markup inside comments, CDATA, processing instructions or quoted attribute values', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE a><a note="<b><b><b>" other='x > y'>
      <!-- <b><b><b><b> --><![CDATA[<b><b><b><b>]]><?pi <b><b>?><c/></a>`;
    expect(findXmlExcess(xml, { depth: 2, elements: 2 })).toBeNull();
  });

  it('ignores an unmatched quote as the parser does, so nesting after it is still seen', () => {
    const xml = `<a b="x><c>${'<d>'.repeat(20)}`;
    expect(findXmlExcess(xml, roomy)).toEqual({ code: 'tooDeep', limit: 10 });
  });

  it('gives no verdict on markup that never closes, which the parser refuses', () => {
    expect(findXmlExcess('<a><!-- open', roomy)).toBeNull();
    expect(findXmlExcess('<a><b', roomy)).toBeNull();
  });
});
