import { useEffect, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../domain/report/report';
import { showError } from '../../ui/toastStore';
import { downloadBlob, safeFileName } from '../download';
import { reportToDocx } from './docx';
import { PrintedReport } from './PrintedReport';
import { reportToXlsx } from './xlsx';

interface Props {
  /** Builds the report when it is needed (a click, the browser's Print), so it is never stale. */
  report(): Report;
  /** The file name without extension, from user text: cleaned before use. */
  fileName: string;
  /** The toolbar's accessible name: «Экспорт сравнения», «Экспорт плана». */
  label: string;
  /** Controls shown before the buttons (the document's language). */
  children?: ReactNode;
}

/** Export XLSX / DOCX and print of a report. The browser's own Print command prints the report too. */
export function ReportExportButtons({ report, fileName, label, children }: Props) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  // The file libraries load on first use: a second click meanwhile would only start a second file.
  const [busy, setBusy] = useState(false);

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

  const save = async (write: (report: Report) => Promise<Blob>, extension: string) => {
    setBusy(true);
    try {
      downloadBlob(await write(report()), `${safeFileName(fileName)}.${extension}`);
    } catch (error) {
      showError(t('report.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-export" role="toolbar" aria-label={label} aria-busy={busy}>
      {children}
      <button type="button" disabled={busy} onClick={() => void save(reportToXlsx, 'xlsx')}>
        {t('report.exportXlsx')}
      </button>
      <button type="button" disabled={busy} onClick={() => void save(reportToDocx, 'docx')}>
        {t('report.exportDocx')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      {printing && createPortal(<PrintedReport report={report()} />, document.body)}
    </div>
  );
}
