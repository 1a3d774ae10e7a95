import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../domain/compare/comparison';
import type { Proposals } from '../../../domain/compare/proposals';
import { unansweredQuestions, type QuestionnaireRow } from '../../../domain/compare/questionnaire';
import { buildReport, type Report, type ReportImage } from '../../../domain/compare/report';
import type { Project } from '../../../domain/project';
import type { Variant, VariantKind } from '../../../domain/variant';
import { downloadBlob, safeFileName } from '../../export/download';
import { CommitInput } from '../../ui/CommitInput';
import { ConfirmDialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import { showError } from '../../ui/toastStore';
import { reportFormat } from '../formatFigures';
import { diagramImages } from './diagramImages';
import { reportToDocx } from './docx';
import { PrintedReport } from './PrintedReport';
import { useReportAuthor } from './useReportAuthor';
import { reportToXlsx } from './xlsx';

interface Props {
  project: Project;
  processName: string;
  comparison: Comparison;
  proposals: Proposals;
  questionnaire: QuestionnaireRow[];
  variants: Partial<Record<VariantKind, Variant>>;
}

type Writer = { write: (report: Report) => Promise<Blob>; extension: string };

/**
 * Export XLSX / DOCX and print: the forms as they stand on the page, in the UI's language, with
 * the diagrams drawn in. Questions left unanswered are named before a file is written.
 */
export function CompareExportButtons({ project, processName, comparison, proposals, questionnaire, variants }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [author, setAuthor] = useReportAuthor();
  const [printing, setPrinting] = useState(false);
  // The file libraries load on first use: a second click meanwhile would only start a second file.
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Writer | null>(null);
  const unanswered = unansweredQuestions(questionnaire);
  const report = (images: Partial<Record<VariantKind, ReportImage>>): Report =>
    buildReport({
      project: { owner: project.owner, serviceName: project.serviceName, serviceCode: project.serviceCode, consumers: project.serviceConsumers },
      processName,
      author,
      date: Date.now(),
      locale: format.locale,
      comparison,
      proposals,
      questionnaire,
      images,
      t,
      format: reportFormat(format),
    });

  useEffect(() => {
    // The browser's own Print command fires these too. The report must be in the page before the
    // browser lays it out for print, hence the synchronous render.
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
      const images = await diagramImages(variants, ['asIs', proposals.target]);
      downloadBlob(await write(report(images)), `${safeFileName(`${processName} - ${t('report.fileName')}`)}.${extension}`);
    } catch (error) {
      showError(t('report.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const ask = (writer: Writer) => (unanswered.length ? setPending(writer) : void save(writer));

  return (
    <div className="compare-export" role="toolbar" aria-label={t('report.toolbar')} aria-busy={busy}>
      <button type="button" disabled={busy} onClick={() => ask({ write: reportToXlsx, extension: 'xlsx' })}>
        {t('report.exportXlsx')}
      </button>
      <button type="button" disabled={busy} onClick={() => ask({ write: reportToDocx, extension: 'docx' })}>
        {t('report.exportDocx')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      <label className="inline-control compare-export__author" title={t('report.authorHint')}>
        {t('report.author')}
        <CommitInput aria-label={t('report.author')} value={author} onCommit={setAuthor} />
      </label>
      <ConfirmDialog
        open={pending !== null}
        title={t('report.unanswered.title')}
        message={t('report.unanswered.message', { numbers: unanswered.join(', '), count: unanswered.length })}
        confirmLabel={t('report.unanswered.proceed')}
        onConfirm={() => pending && void save(pending)}
        onCancel={() => setPending(null)}
      />
      {printing && createPortal(<PrintedReport report={report({})} />, document.body)}
    </div>
  );
}
