import type { TFunction } from 'i18next';
import { checkFileSize, decodeBpmnBytes, inspectBpmn, type BpmnFileError, type BpmnInspection, type BpmnWarning } from '../../domain/bpmnFile';
import { trialImport } from '../../bpmn/trialImport';

export type ReadFileResult = { ok: true; inspection: BpmnInspection } | { ok: false; error: BpmnFileError | { code: 'unreadable'; detail: string } };


/** Every check a file passes before anything is stored: size, encoding, BPMN structure, rendering. */
export async function readBpmnFile(file: File): Promise<ReadFileResult> {
  const sizeError = checkFileSize(file.size);
  if (sizeError) return { ok: false, error: sizeError };
  try {
    const inspection = await inspectBpmn(decodeBpmnBytes(new Uint8Array(await file.arrayBuffer())));
    if (!inspection.ok) return inspection;
    await trialImport(inspection.xml);
    return { ok: true, inspection };
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

const shownWarnings = 10;

export function describeWarnings(warnings: BpmnWarning[], t: TFunction): string[] {
  const lines = warnings.slice(0, shownWarnings).map((w) => t(`warning.${w.kind}`, { subject: w.subject, message: w.message }));
  if (warnings.length > shownWarnings) lines.push(t('warning.more', { count: warnings.length - shownWarnings }));
  return lines;
}
