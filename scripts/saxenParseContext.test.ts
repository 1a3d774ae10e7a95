import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser, type ParseContext } from 'saxen';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles } from '../test/corpus';
import { carryLineCountOn } from './saxenParseContext';

const saxenSource = readFileSync(createRequire(import.meta.url).resolve('saxen'), 'utf8');

/** saxen as the build bundles it: the rewritten source, loaded as a module of its own (without saxen's source map). */
async function rewrittenParser(): Promise<typeof Parser> {
  const file = join(mkdtempSync(join(tmpdir(), 'saxen-')), 'index.mjs');
  writeFileSync(file, carryLineCountOn(saxenSource).replace(/^\/\/# sourceMappingURL=.*$/m, ''));
  return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { Parser: typeof Parser }).Parser;
}

/** The context the parser gives at about `samples` tags spread over the file, in document order, and at every error and warning. */
function contexts(ParserOf: typeof Parser, xml: string, samples = 100): ParseContext[] {
  const seen: ParseContext[] = [];
  const step = Math.max(1, Math.floor(xml.length / 200 / samples));
  let tags = 0;
  const parser = new ParserOf({ proxy: true });
  parser.on('openTag', (_element, _decode, _selfClosing, getContext) => {
    if (tags++ % step === 0) seen.push(getContext());
  });
  // saxen passes the position as the second argument of its error and warning handlers too.
  parser.on('error', (...args) => void seen.push((args[1] as () => ParseContext)()));
  parser.on('warn', (...args) => void seen.push((args[1] as () => ParseContext)()));
  parser.parse(xml);
  return seen;
}

describe('saxen with the line count carried on between warnings', () => {
  let Rewritten: typeof Parser;
  beforeAll(async () => {
    Rewritten = await rewrittenParser();
  });

  it('refuses a saxen it was not written for, so the build fails instead of leaving the parser as it is', () => {
    expect(() => carryLineCountOn(saxenSource.replace('var splitsRe', 'var lineBreaks'))).toThrow(/saxen changed/);
  });

  // saxen's own count reads the file from its start at every context: the other line breaks are tried on the files
  // under a megabyte (all but one), where that costs seconds, not minutes.
  it.each(corpusFiles())('gives the same lines, columns and text as saxen in %s, with \\n, \\r\\n and \\r line breaks', (name) => {
    const xml = readFileSync(join(corpusDir, name), 'utf8');
    for (const text of xml.length > 1_000_000 ? [xml] : [xml, xml.replace(/\r?\n/g, '\r\n'), xml.replace(/\r?\n/g, '\r')]) {
      expect(contexts(Rewritten, text)).toEqual(contexts(Parser, text));
    }
  });

  it('gives the same contexts for several tags on a line and for malformed markup, errors at the end of the file included', () => {
    for (const text of ['<a><b/><c/>\n<d/><e/>\r\n<f/></a>', '<a>\n<b x="1>\n</a>', '<a>\r\n<b>\r\n<c', '<a>\n<b/>\n</c>\n<', '\n\n<a><b></a>']) {
      expect(contexts(Rewritten, text)).toEqual(contexts(Parser, text));
    }
  });
});
