import { describe, expect, it } from 'vitest';
import { readCorpusBytes, readFixture } from '../../test/corpus';
import { decodeBpmnBytes, inspectBpmn, newModdle } from './bpmnFile';
import { listDiagrams, viewDiagrams } from './diagrams';

describe('the diagrams of a file', () => {
  it('are told apart: views of processes and collaborations, and the insides of collapsed sub-processes', async () => {
    const { rootElement } = await newModdle().fromXML(decodeBpmnBytes(readCorpusBytes('miwg-Reference-C.4.0.bpmn')));
    expect(viewDiagrams(rootElement).map((d) => [d.name, d.target])).toEqual([
      ['Onboarding employee', 'collaboration'],
      ['IT', 'collaboration'],
      ['Payroll', 'collaboration'],
      ['Facilities', 'collaboration'],
    ]);
    const { rootElement: withSubProcess } = await newModdle().fromXML(decodeBpmnBytes(readCorpusBytes('miwg-bpmnio-18.6.1-B.1.0-export.bpmn')));
    expect(listDiagrams(withSubProcess).map((d) => d.target)).toEqual(['collaboration', 'subProcess']);
    expect(viewDiagrams(withSubProcess)).toHaveLength(1);
  });

  it('are counted on import as views: the angina pathway is one process, its 39 other diagrams the insides of sub-processes', async () => {
    const angina = await inspectBpmn(decodeBpmnBytes(readCorpusBytes('angina-CP_UA_CHE.bpmn')));
    expect(angina.ok && angina.diagramCount).toBe(1);
    const trisotech = await inspectBpmn(decodeBpmnBytes(readCorpusBytes('miwg-Reference-C.4.0.bpmn')));
    expect(trisotech.ok && trisotech.diagramCount).toBe(4);
  });
});

describe('a plane that does not point at a process', () => {
  it('is pointed at the process its shapes belong to, with a warning (Modelio points it at <definitions>)', async () => {
    const result = await inspectBpmn(readFixture('plane-at-definitions.bpmn'));
    if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
    expect(result.warnings).toEqual([{ kind: 'planeRepointed', subject: 'Выдача разрешения → Выдача разрешения', message: '' }]);
    const { rootElement } = await newModdle().fromXML(result.xml);
    expect(listDiagrams(rootElement)[0]).toMatchObject({ target: 'process', shapes: 3, edges: 2 });
  });

  it('is left alone when it shows a process already, and prefixed references of GenMyModel resolve', async () => {
    const result = await inspectBpmn(decodeBpmnBytes(readCorpusBytes('miwg-GenMyModel-0.47-A.3.0-export.bpmn')));
    if (!result.ok) throw new Error('expected success');
    expect(result.warnings.map((w) => w.kind)).not.toContain('planeRepointed');
    expect(result.warnings.map((w) => w.kind)).not.toContain('unresolvedReference');
    expect(result.warnings.filter((w) => w.kind === 'prefixedReferences').length).toBeGreaterThan(15);
    const { rootElement } = await newModdle().fromXML(result.xml);
    expect(listDiagrams(rootElement)[0]).toMatchObject({ target: 'process', shapes: 10, edges: 8 });
  });
});
