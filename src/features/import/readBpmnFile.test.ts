import { describe, expect, it, vi } from 'vitest';
import { newModdle } from '../../domain/bpmnFile';
import { readCorpusBytes, readFixture } from '../../../test/corpus';
import { trialImport } from '../../bpmn/trialImport';
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
});
