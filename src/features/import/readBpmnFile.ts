import type { TFunction } from 'i18next';
import { checkFileSize, type BpmnFileError, type BpmnInspection } from '../../domain/bpmnFile';
import { mergeWarnings } from '../../domain/bpmnWarnings';
import { trialImport } from '../../bpmn/trialImport';
import { inspectInWorker } from './inspectionWorker';

export type ReadFileResult = { ok: true; inspection: BpmnInspection } | { ok: false; error: BpmnFileError | { code: 'unreadable'; detail: string } };


/**
 * Every check a file passes before anything is stored: size, encoding, BPMN structure, rendering. The
 * checks run in a worker on one parse of the file. When they prove that bpmn-js draws it (nearly
 * always), the editor's own import is the only render and its warnings join the list when it draws
 * (importNotes); otherwise the file is drawn once off-screen first, and refused if that fails.
 */
export async function readBpmnFile(file: File): Promise<ReadFileResult> {
  const sizeError = checkFileSize(file.size);
  if (sizeError) return { ok: false, error: sizeError };
  try {
    const inspection = await inspectInWorker(new Uint8Array(await file.arrayBuffer()));
    if (!inspection.ok) return inspection;
    if (inspection.renderable) return { ok: true, inspection };
    const rendered = await trialImport(inspection.xml);
    return { ok: true, inspection: { ...inspection, warnings: mergeWarnings(inspection.warnings, rendered) } };
  } catch (error) {
    return { ok: false, error: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const millions = (count: number) => Math.ceil(count / 100_000) / 10;

export function describeFileError(error: ReadFileResult & { ok: false }, t: TFunction): string {
  const e = error.error;
  switch (e.code) {
    case 'tooLarge':
      return t('import.tooLarge', { size: megabytes(e.size), limit: megabytes(e.limit) });
    case 'notXml':
    case 'unreadable':
      return t(`import.${e.code}`, { detail: e.detail });
    case 'tooDeep':
    case 'tooManyElements':
      return t(`import.${e.code}`, { limit: e.limit });
    case 'tooLargeToStore':
      return t('import.tooLargeToStore', { size: millions(e.length), limit: millions(e.limit) });
    default:
      return t(`import.${e.code}`);
  }
}
