import { describe, expect, it } from 'vitest';
import { classifyWarning, classifyWarnings, groupWarnings, mergeWarnings, warningCount, type BpmnWarning } from './bpmnWarnings';

describe('import warnings', () => {
  it('are sorted into kinds from the English sentences of the parser and of bpmn-js', () => {
    const kinds = classifyWarnings([
      { message: 'unparsable content <ot:schemaObjectDescription> detected\n\tline: 18\n\tcolumn: 4\n\tnested error: unknown type <ot:schemaObjectDescription>' },
      { message: 'unparsable content <documentation> detected\n\tline: 3\n\tcolumn: 2\n\tnested error: unrecognized element <bpmn:documentation>' },
      { message: 'unparsable content <timerEventDefinition> detected line: 19 column: 6 nested error: illegal ID <a-semantic:timer1>' },
      { message: 'unresolved reference <Task_9>' },
      { message: 'no bpmnElement referenced in <bpmndi:BPMNEdge id="Edge_1" />' },
      { message: 'multiple DI elements defined for <bpmn:Task id="Task_1" />' },
      { message: 'element <bpmn:Task id="Task_2" /> referenced by <bpmn:SequenceFlow id="Flow_1" />#targetRef not yet drawn' },
      { message: 'something new' },
    ]).map((w) => [w.kind, w.subject]);
    expect(kinds).toEqual([
      ['unknownElement', 'ot:schemaObjectDescription'],
      ['misplacedElement', 'bpmn:documentation'],
      ['illegalId', 'a-semantic:timer1'],
      ['unresolvedReference', 'Task_9'],
      ['diWithoutElement', 'Edge_1'],
      ['multipleDi', 'Task_1'],
      ['notDrawn', 'Task_2'],
      ['other', ''],
    ]);
  });

  it('name the element and property of an empty reference instead of an empty name', () => {
    expect(classifyWarning({ message: 'unresolved reference <>', element: { id: 'Shape_3' }, property: 'bpmndi:bpmnElement' })).toMatchObject({ kind: 'emptyReference', subject: 'Shape_3.bpmnElement' });
  });

  it('leave out the encoding warning: the parser always gets text the workbench decoded', () => {
    expect(classifyWarning({ message: 'unsupported document encoding <UTF-16>, falling back to UTF-8' })).toBeNull();
  });

  it('group by kind, unknown elements by namespace, with one count for the whole list', () => {
    const unknown = (name: string) => ({ kind: 'unknownElement' as const, subject: name, message: '' });
    const groups = groupWarnings([...Array.from({ length: 12 }, (_, i) => unknown(`ot:e${i % 7}`)), unknown('x:y'), { kind: 'unresolvedReference', subject: 'A', message: '' }]);
    expect(groups.map(({ kind, prefix, count, distinct }) => [kind, prefix, count, distinct])).toEqual([
      ['unknownElement', 'ot', 12, 7],
      ['unknownElement', 'x', 1, 1],
      ['unresolvedReference', '', 1, 1],
    ]);
    expect(groups[0]!.subjects).toEqual(['ot:e0', 'ot:e1', 'ot:e2', 'ot:e3', 'ot:e4']);
    expect(warningCount(groups)).toBe(14);
  });

  it("merge the checks' and the renderer's reading of one file, counting a warning both saw once", () => {
    const unknown = (line: number): BpmnWarning => ({ kind: 'unknownElement', subject: 'ot:a', message: `unparsable content <ot:a> detected line: ${line}` });
    const notDrawn: BpmnWarning = { kind: 'notDrawn', subject: 'Task_1', message: '' };
    expect(mergeWarnings([unknown(3), unknown(9)], [unknown(4), unknown(11), notDrawn])).toEqual([unknown(3), unknown(9), notDrawn]);
  });
});
