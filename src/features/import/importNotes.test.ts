import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BpmnWarning } from '../../domain/bpmnWarnings';
import { useImportNotes, warningsWhenDrawn } from './importNotes';

const slot = { processId: 'p1', kind: 'asIs' as const };
const duplicate: BpmnWarning = { kind: 'duplicateId', subject: 'Task_1', message: '' };
const ghost: BpmnWarning = { kind: 'diWithoutElement', subject: 'Ghost_di', message: '' };
const notes = () => useImportNotes.getState().notes['p1/asIs'];

describe('the warnings of an import, with those of the editor that draws it', () => {
  afterEach(() => {
    useImportNotes.setState({ notes: {}, drawings: {} });
    vi.useRealTimers();
  });

  it("adds the editor's warnings once it draws the imported XML, counting a warning of both once", async () => {
    useImportNotes.getState().remember(slot, [duplicate], '<a/>');
    const toast = warningsWhenDrawn(slot, 30_000);
    useImportNotes.getState().drew(slot, { xml: '<other/>', warnings: [ghost] });
    expect(notes()).toMatchObject({ warnings: [duplicate], drawn: false });
    useImportNotes.getState().drew(slot, { xml: '<a/>', warnings: [duplicate, ghost] });
    expect(await toast).toEqual([duplicate, ghost]);
    // A later drawing (another tab's save) changes nothing.
    useImportNotes.getState().drew(slot, { xml: '<a/>', warnings: [] });
    expect(notes()?.warnings).toEqual([duplicate, ghost]);
  });

  it('takes the drawing when the editor drew before the import was remembered', async () => {
    useImportNotes.getState().drew(slot, { xml: '<a/>', warnings: [ghost] });
    useImportNotes.getState().remember(slot, [duplicate], '<a/>');
    expect(await warningsWhenDrawn(slot, 30_000)).toEqual([duplicate, ghost]);
  });

  it("counts the checks' warnings alone when nothing draws the file in time", async () => {
    vi.useFakeTimers();
    useImportNotes.getState().remember(slot, [duplicate], '<a/>');
    const toast = warningsWhenDrawn(slot, 30_000);
    vi.advanceTimersByTime(30_000);
    expect(await toast).toEqual([duplicate]);
  });
});
