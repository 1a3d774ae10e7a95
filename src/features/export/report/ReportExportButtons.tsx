import { useEffect, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../domain/report/report';
import { ConfirmDialog } from '../../ui/Dialog';
import { showError } from '../../ui/toastStore';
import { downloadBlob, safeFileName } from '../download';
import { reportToDocx } from './docx';
import { PrintedReport } from './PrintedReport';
import { reportToXlsx } from './xlsx';

/** A question the user answers before a file is written: go on, or go back and fix it. */
export interface ExportWarning {
  title: string;
  message: string;
  proceed: string;
}

interface Props {
  /** Builds the report when it is needed (a click, the browser's Print), so it is never stale. */
  report(): Report;
  /** The report for a file, when a file carries more than the printed page (the diagrams, drawn first). */
  fileReport?(): Promise<Report>;
  /** Asked before a file is written (questions left unanswered); none when there is nothing to ask. */
  warning?: ExportWarning | null;
  /** The file name without extension, from user text: cleaned before use. */
  fileName: string;
  /** The toolbar's accessible name: «Экспорт сравнения», «Экспорт плана». */
  label: string;
  /** Controls shown before the buttons: the document's language, who prepares it. */
  children?: ReactNode;
}

type Writer = { write: (report: Report) => Promise<Blob>; extension: string };

const writers = { xlsx: { write: reportToXlsx, extension: 'xlsx' }, docx: { write: reportToDocx, extension: 'docx' } } satisfies Record<string, Writer>;

/** Export XLSX / DOCX and print of a report. The browser's own Print command prints the report too. */
export function ReportExportButtons({ report, fileReport, warning, fileName, label, children }: Props) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  // The file libraries load on first use: a second click meanwhile would only start a second file.
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Writer | null>(null);

  useEffect(() => {
    // The report must be in the page before the browser lays it out for print, hence the synchronous render.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const save = async ({ write, extension }: Writer) => {
    setPending(null);
    setBusy(true);
    try {
      downloadBlob(await write(fileReport ? await fileReport() : report()), `${safeFileName(fileName)}.${extension}`);
    } catch (error) {
      showError(t('report.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const ask = (writer: Writer) => (warning ? setPending(writer) : void save(writer));

  return (
    <div className="report-export" role="toolbar" aria-label={label} aria-busy={busy}>
      {children}
      <button type="button" disabled={busy} onClick={() => ask(writers.xlsx)}>
        {t('report.exportXlsx')}
      </button>
      <button type="button" disabled={busy} onClick={() => ask(writers.docx)}>
        {t('report.exportDocx')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      <ConfirmDialog
        open={pending !== null}
        title={warning?.title ?? ''}
        message={warning?.message ?? ''}
        confirmLabel={warning?.proceed ?? ''}
        onConfirm={() => pending && void save(pending)}
        onCancel={() => setPending(null)}
      />
      {printing && createPortal(<PrintedReport report={report()} />, document.body)}
    </div>
  );
}
