import { describe, expect, it, vi } from 'vitest';
import { newModdle } from '../../domain/bpmnFile';
import { readCorpusBytes, readFixture } from '../../../test/corpus';
import { trialImport } from '../../bpmn/trialImport';
import type { EarlyDrawing } from '../../bpmn/earlyDrawing';
import { readBpmnFile } from './readBpmnFile';

// The trial render needs a browser; here it fails as a file bpmn-js cannot draw would, and says whether it ran.
vi.mock('../../bpmn/trialImport', () => ({ trialImport: vi.fn(() => Promise.reject(new Error('trial render in Node'))) }));

const fileOf = (content: Uint8Array | string, name: string) => new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type: 'application/xml' });

describe('reading an imported file', () => {
  it('reads the angina pathway on one parse and needs no trial render, the checks having proved it drawable', async () => {
    const parse = vi.spyOn(Object.getPrototypeOf(newModdle()) as { fromXML: () => unknown }, 'fromXML');
    const result = await readBpmnFile(fileOf(readCorpusBytes('angina-CP_UA_CHE.bpmn'), 'angina.bpmn'));
    if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(result.inspection.renderable).toBe(true);
    expect(trialImport).not.toHaveBeenCalled();
    expect(result.inspection.warnings.some((w) => w.kind === 'duplicateId')).toBe(true);
    parse.mockRestore();
  });

  it('refuses malformed and non-BPMN files', async () => {
    expect(await readBpmnFile(fileOf(readFixture('malformed.bpmn'), 'm.bpmn'))).toMatchObject({ ok: false, error: { code: 'notXml' } });
    expect(await readBpmnFile(fileOf(readFixture('not-bpmn.xml'), 'n.xml'))).toMatchObject({ ok: false, error: { code: 'notBpmn' } });
  });

  it('refuses a file the checks could not prove drawable when its trial render fails', async () => {
    const xml = readFixture('markup-names.bpmn').replace('<bpmndi:BPMNDiagram id="Diagram_1">', '<bpmndi:BPMNDiagram id="Empty_1" /><bpmndi:BPMNDiagram id="Diagram_1">');
    expect(await readBpmnFile(fileOf(xml, 'empty-first.bpmn'))).toMatchObject({ ok: false, error: { code: 'unreadable', detail: 'trial render in Node' } });
    expect(trialImport).toHaveBeenCalledTimes(1);
  });

  describe('with the editor drawing the file while the checks run', () => {
    /** Stands in for the editor's drawing (bpmn-js needs a browser): records what it was given and what became of it. */
    const drawings: { xml: string; discarded: boolean }[] = [];
    const drawEarly = (xml: string): EarlyDrawing => {
      const drawing = { xml, discarded: false };
      drawings.push(drawing);
      return { xml, offer: () => undefined, discard: () => void (drawing.discarded = true) };
    };
    const read = async (content: Uint8Array | string, name: string) => {
      drawings.length = 0;
      return readBpmnFile(fileOf(content, name), drawEarly);
    };

    it('keeps the drawing of a file the checks pass unchanged: it is what the editor shows', async () => {
      const result = await read(readCorpusBytes('angina-CP_UA_CHE.bpmn'), 'angina.bpmn');
      if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
      expect(drawings).toHaveLength(1);
      expect(result.early?.xml).toBe(result.inspection.xml);
      expect(drawings[0]!.discarded).toBe(false);
    });

    it('drops the drawing of a file the checks repair, which the editor draws as repaired', async () => {
      const original = readFixture('remote-colors.bpmn');
      const result = await read(original, 'colors.bpmn');
      if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
      expect(result.inspection.xml).not.toContain('url(');
      expect(drawings).toEqual([{ xml: original, discarded: true }]);
      expect(result.early).toBeUndefined();
    });

    it('drops the drawing of a refused file', async () => {
      const broken = readFixture('markup-names.bpmn').replace('</bpmn:definitions>', '<bpmn:unclosed');
      expect(await read(broken, 'broken.bpmn')).toMatchObject({ ok: false, error: { code: 'notXml' } });
      expect(drawings.map((d) => d.discarded)).toEqual([true]);
    });

    it('never parses a file over the limits on the page: it is refused by the checks alone', async () => {
      const deep = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">${'<a>'.repeat(150)}${'</a>'.repeat(150)}<bpmndi:BPMNPlane/></definitions>`;
      expect(await read(deep, 'deep.bpmn')).toMatchObject({ ok: false, error: { code: 'tooDeep' } });
      expect(drawings).toEqual([]);
    });

    it('does not draw a file without a diagram early: the checks lay it out, so it changes', async () => {
      const noDiagram = readFixture('markup-names.bpmn').replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
      // Laid out, it goes through the trial render, which fails in Node.
      expect(await read(noDiagram, 'no-diagram.bpmn')).toMatchObject({ ok: false, error: { detail: 'trial render in Node' } });
      expect(drawings).toEqual([]);
    });
  });
});
