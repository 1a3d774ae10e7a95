import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFileSize, decodeBpmnBytes, importLimits, inspectBpmn, maxBpmnFileBytes, newModdle } from './bpmnFile';
import { findXmlExcess } from './xmlShape';
import { corpusFiles, readCorpusBytes, readFixture } from '../../test/corpus';
import { generateDiagram } from '../../bench/generateDiagram';

describe('inspectBpmn', () => {
  it('refuses malformed XML with notXml', async () => {
    const result = await inspectBpmn(readFixture('malformed.bpmn'));
    expect(result).toMatchObject({ ok: false, error: { code: 'notXml' } });
  });

  it('refuses well-formed XML that is not BPMN with notBpmn', async () => {
    const result = await inspectBpmn(readFixture('not-bpmn.xml'));
    expect(result).toMatchObject({ ok: false, error: { code: 'notBpmn' } });
  });

  it('refuses an empty text', async () => {
    expect(await inspectBpmn('  \n')).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('keeps markup in names as plain text and accepts unknown extension elements', async () => {
    const result = await inspectBpmn(readFixture('markup-names.bpmn'));
    if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
    expect(result.firstProcessName).toBe('<img src=x onerror="window.__pwned=1">');
    expect(result.flowNodeCount).toBe(2);
    expect(result.warnings).toEqual([]);
    expect(result.xml).toContain('vendor:meta');
  });

  it('drops colours that are not colours, with a warning each, and keeps the file as it was otherwise', async () => {
    const result = await inspectBpmn(readFixture('remote-colors.bpmn'));
    if (!result.ok) throw new Error('expected success');
    expect(result.xml).not.toContain('url(');
    expect(result.xml).toContain('bioc:stroke="#1e88e5"');
    expect(result.warnings.filter((w) => w.kind === 'invalidColor').map((w) => w.subject)).toContain('Task_1_di: bioc:fill="url(https://colour-tracker.example/fill.svg#p)"');
    expect(result.warnings.filter((w) => w.kind === 'invalidColor')).toHaveLength(4);
  });

  it('reports duplicate ids as warnings instead of dropping them silently', async () => {
    const xml = readFixture('markup-names.bpmn').replace('<bpmn:task id="Task_1"', '<bpmn:task id="Start_1"');
    const result = await inspectBpmn(xml);
    if (!result.ok) throw new Error('expected success');
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'duplicateId', subject: 'Start_1' }));
  });
});

/** The small valid fixture with `inner` as the extension content of its task (four levels below the root). */
function withTaskExtension(inner: string): string {
  return readFixture('markup-names.bpmn').replace('<vendor:meta level="3" />', inner);
}

const nested = (levels: number) => '<vendor:n>'.repeat(levels) + '</vendor:n>'.repeat(levels);

/** Watches bpmn-moddle's parser (the exported BpmnModdle is a factory; its instances share this prototype). */
const spyOnParser = () => vi.spyOn(Object.getPrototypeOf(newModdle()) as { fromXML: () => unknown }, 'fromXML');

describe('what could never be saved is refused before anything is stored', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses 10,000 nested extension elements without parsing the file', async () => {
    const parse = spyOnParser();
    const result = await inspectBpmn(withTaskExtension(nested(10_000)));
    expect(result).toEqual({ ok: false, error: { code: 'tooDeep', limit: importLimits.depth } });
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses a file with more elements than the limit without parsing it', async () => {
    const parse = spyOnParser();
    const result = await inspectBpmn(withTaskExtension('<vendor:i/>'.repeat(importLimits.elements)));
    expect(result).toEqual({ ok: false, error: { code: 'tooManyElements', limit: importLimits.elements } });
    expect(parse).not.toHaveBeenCalled();
  });

  it('measures the indented XML the editor saves, not the compact file', async () => {
    const xml = withTaskExtension(nested(80));
    const accepted = await inspectBpmn(xml);
    expect(accepted.ok).toBe(true);
    // 80 levels written compactly, but each on its own indented line when saved.
    const limit = xml.length + 1000;
    const result = await inspectBpmn(xml, { ...importLimits, storedLength: limit });
    if (result.ok || result.error.code !== 'tooLargeToStore') throw new Error('expected tooLargeToStore');
    expect(result.error.limit).toBe(limit);
    expect(result.error.length).toBeGreaterThan(limit);
  });

  it('still accepts a process of 20,000 flow nodes with its diagram', async () => {
    const xml = generateDiagram(20_000);
    expect(findXmlExcess(xml, importLimits)).toBeNull();
    const result = await inspectBpmn(xml);
    expect(result.ok && result.flowNodeCount).toBe(20_000);
  }, 60_000);
});

describe('file size and encoding', () => {
  it('refuses files over the limit and empty files', () => {
    expect(checkFileSize(50 * 1024 * 1024)).toEqual({ code: 'tooLarge', size: 50 * 1024 * 1024, limit: maxBpmnFileBytes });
    expect(checkFileSize(0)).toEqual({ code: 'empty' });
    expect(checkFileSize(1024)).toBeNull();
  });

  it('decodes a UTF-8 byte-order mark and an ISO-8859-1 prolog, which then declares the UTF-8 it is stored in', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a/>')]);
    expect(decodeBpmnBytes(bom)).toBe('<a/>');
    const latin = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a n="'), 0xe9, ...new TextEncoder().encode('"/>')]);
    expect(decodeBpmnBytes(latin)).toBe('<?xml version="1.0" encoding="UTF-8"?><a n="é"/>');
  });
});

describe('third-party corpus', () => {
  const files = corpusFiles();
  afterEach(() => vi.restoreAllMocks());

  it('has the files to walk', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s imports or is refused with a known reason, on one parse of the file', async (name) => {
    const parse = spyOnParser();
    const result = await inspectBpmn(decodeBpmnBytes(readCorpusBytes(name)));
    // bpmn-auto-layout reads the XML once more to lay out a file that has no diagram.
    expect(parse).toHaveBeenCalledTimes(result.ok && result.layoutGenerated ? 2 : 1);
    parse.mockRestore();
    if (!result.ok) {
      expect(['notXml', 'notBpmn', 'noProcess']).toContain(result.error.code);
      return;
    }
    expect(result.processCount).toBeGreaterThan(0);
    expect(result.xml).toContain('BPMNPlane');
    // Every file with a diagram of its own is proven drawable: none needs a trial render.
    expect(result.renderable).toBe(!result.layoutGenerated);
    // What was imported can be written back, so edits to it can be saved.
    const { rootElement } = await newModdle().fromXML(result.xml);
    await expect(newModdle().toXML(rootElement)).resolves.toHaveProperty('xml');
  });

  it('stays well inside the depth and element limits, with room to spare', () => {
    const quarter = { depth: importLimits.depth / 4, elements: importLimits.elements / 4 };
    const over = files.filter((name) => findXmlExcess(decodeBpmnBytes(readCorpusBytes(name)), quarter));
    expect(over).toEqual([]);
  });

  it('shows the duplicate ids of the angina pathway as warnings, on one parse and without writing the file', async () => {
    const parse = spyOnParser();
    const write = vi.spyOn(Object.getPrototypeOf(newModdle()) as { toXML: () => unknown }, 'toXML');
    const result = await inspectBpmn(decodeBpmnBytes(readCorpusBytes('angina-CP_UA_CHE.bpmn')));
    if (!result.ok) throw new Error('expected success');
    expect(parse).toHaveBeenCalledTimes(1);
    // Every prefix it uses is declared on its root (writableAsIs.ts): written back as it is, it needs no trial write.
    expect(write).not.toHaveBeenCalled();
    expect(result.renderable).toBe(true);
    expect(result.warnings.some((w) => w.kind === 'duplicateId')).toBe(true);
    expect(result.flowNodeCount).toBeGreaterThan(1000);
  });

  it('makes the Signavio file with xmlns="" extensions writable, warning about what it dropped', async () => {
    const parse = spyOnParser();
    const write = vi.spyOn(Object.getPrototypeOf(newModdle()) as { toXML: () => unknown }, 'toXML');
    const result = await inspectBpmn(decodeBpmnBytes(readCorpusBytes('miwg-Signavio-19.9.0-A.2.1-roundtrip.bpmn')));
    if (!result.ok) throw new Error('expected success');
    // One parse; the writer fails on the namespace-less content, then writes what is left.
    expect(parse).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'droppedExtension', subject: 'Grid' }));
    const again = await inspectBpmn(result.xml);
    expect(again.ok && again.warnings).toEqual([]);
  });

  it('generates a layout for the IBM files that have no diagram', async () => {
    const result = await inspectBpmn(decodeBpmnBytes(readCorpusBytes('miwg-IBMProcessDesigner-8.0.1-A.1.0-export.bpmn')));
    if (!result.ok) throw new Error('expected success');
    expect(result.layoutGenerated).toBe(true);
  });
});
