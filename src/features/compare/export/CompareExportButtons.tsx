import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../domain/compare/comparison';
import type { Proposals } from '../../../domain/compare/proposals';
import type { QuestionnaireRow } from '../../../domain/compare/questionnaire';
import { buildReport, type Report, type ReportJourney } from '../../../domain/compare/report';
import { formatJourneyTotal } from '../../journey/formatTotals';
import { downloadBlob, safeFileName } from '../../export/download';
import { usePrinting } from '../../export/usePrinting';
import { showError } from '../../ui/toastStore';
import { formatFigure, formatPercent } from '../formatFigures';
import { reportToDocx } from './docx';
import { PrintedReport } from './PrintedReport';
import { reportToXlsx } from './xlsx';

interface Props {
  processName: string;
  comparison: Comparison;
  proposals: Proposals;
  questionnaire: QuestionnaireRow[];
  journeys: ReportJourney[];
}

/** Export XLSX / DOCX and print: the comparison as it stands on the page, in the UI's language. */
export function CompareExportButtons({ processName, comparison, proposals, questionnaire, journeys }: Props) {
  const { t, i18n } = useTranslation();
  const printing = usePrinting();
  // The file libraries load on first use: a second click meanwhile would only start a second file.
  const [busy, setBusy] = useState(false);
  const language = i18n.language;
  const report = (): Report =>
    buildReport({
      processName,
      comparison,
      proposals,
      questionnaire,
      journeys,
      t,
      format: {
        figure: (value, unit) => formatFigure(value, unit, language),
        percent: (change) => formatPercent(change, language),
        journey: (id, value) => formatJourneyTotal(t, language, id, value),
      },
    });

  const save = async (write: (report: Report) => Promise<Blob>, extension: string) => {
    setBusy(true);
    try {
      downloadBlob(await write(report()), `${safeFileName(`${processName} - ${t('report.fileName')}`)}.${extension}`);
    } catch (error) {
      showError(t('report.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="compare-export" role="toolbar" aria-label={t('report.toolbar')} aria-busy={busy}>
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
