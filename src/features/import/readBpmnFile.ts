import type { TFunction } from 'i18next';
import { checkFileSize, decodeBpmnBytes, importLimits, type BpmnFileError, type BpmnInspection } from '../../domain/bpmnFile';
import { findXmlExcess } from '../../domain/xmlShape';
import type { EarlyDrawing } from '../../bpmn/earlyDrawing';
import { mergeWarnings } from '../../domain/bpmnWarnings';
import { trialImport } from '../../bpmn/trialImport';
import { inspectInWorker, inspectionWorkerStarted } from './inspectionWorker';

export type ReadFileResult =
  | { ok: true; inspection: BpmnInspection; early?: EarlyDrawing }
  | { ok: false; error: BpmnFileError | { code: 'unreadable'; detail: string } };

/**
 * Every check a file passes before anything is stored: size, encoding, BPMN structure, rendering. The
 * checks run in a worker on one parse of the file. When they prove that bpmn-js draws it (nearly
 * always), the editor's own import is the only render and its warnings join the list when it draws
 * (importNotes); otherwise the file is drawn once off-screen first, and refused if that fails.
 * `drawEarly` starts that editor's drawing while the worker checks: the result carries it (`early`)
 * only when the checks passed the file unchanged, so a repaired file is drawn as repaired.
 */
export async function readBpmnFile(file: File, drawEarly?: (xml: string) => EarlyDrawing): Promise<ReadFileResult> {
  const sizeError = checkFileSize(file.size);
  if (sizeError) return { ok: false, error: sizeError };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return unreadable(error);
  }
  // Decoded before the bytes go to the worker; the worker is running and asked first, so both threads work at once.
  const text = drawEarly && decodeBpmnBytes(bytes);
  // A worker that failed to start fails the checks below, as it would without the drawing.
  if (text) await inspectionWorkerStarted().catch(() => undefined);
  const checking = checked(bytes);
  const early = drawEarly && text ? startSafely(text, drawEarly) : null;
  const result = await checking;
  if (result.ok && early && result.inspection.renderable && result.inspection.xml === early.xml) return { ...result, early };
  early?.discard();
  return result;
}

async function checked(bytes: Uint8Array): Promise<ReadFileResult> {
  try {
    const inspection = await inspectInWorker(bytes);
    if (!inspection.ok) return inspection;
    if (inspection.renderable) return { ok: true, inspection };
    const rendered = await trialImport(inspection.xml);
    return { ok: true, inspection: { ...inspection, warnings: mergeWarnings(inspection.warnings, rendered) } };
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Only markup within the limits reaches a parser on the page's thread (a hostile file would freeze
 * it), and only a file with a diagram: one without is laid out by the checks, so never kept as it is.
 */
function startSafely(xml: string, drawEarly: (xml: string) => EarlyDrawing): EarlyDrawing | null {
  if (findXmlExcess(xml, importLimits) || !/BPMNPlane\b/.test(xml)) return null;
  try {
    return drawEarly(xml);
  } catch {
    return null;
  }
}

const unreadable = (error: unknown): ReadFileResult => ({ ok: false, error: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } });

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
