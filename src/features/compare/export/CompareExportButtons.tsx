import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../domain/compare/comparison';
import type { Proposals } from '../../../domain/compare/proposals';
import { unansweredQuestions, type QuestionnaireRow } from '../../../domain/compare/questionnaire';
import type { ReportJourney } from '../../../domain/compare/report';
import type { Project } from '../../../domain/project';
import type { Report, ReportImage } from '../../../domain/report/report';
import type { Variant, VariantKind } from '../../../domain/variant';
import { ReportExportButtons } from '../../export/report/ReportExportButtons';
import { useReportAuthor } from '../../export/report/useReportAuthor';
import { CommitInput } from '../../ui/CommitInput';
import { comparisonReport, diagramKinds } from './comparisonReport';
import { diagramImages } from './diagramImages';

interface Props {
  project: Project;
  processName: string;
  comparison: Comparison;
  proposals: Proposals;
  questionnaire: QuestionnaireRow[];
  journeys: ReportJourney[];
  variants: Partial<Record<VariantKind, Variant>>;
}

/**
 * Export XLSX / DOCX and print: the forms as they stand on the page, in the UI's language, with
 * the diagrams drawn into the files. Questions left unanswered are named before a file is written.
 */
export function CompareExportButtons({ project, processName, comparison, proposals, questionnaire, journeys, variants }: Props) {
  const { t, i18n } = useTranslation();
  const [author, setAuthor] = useReportAuthor();
  const unanswered = unansweredQuestions(questionnaire);
  const report = (images: Partial<Record<VariantKind, ReportImage>>): Report =>
    comparisonReport({ project, processName, author, comparison, proposals, questionnaire, journeys, images, t, language: i18n.language });

  return (
    <ReportExportButtons
      label={t('report.toolbar')}
      fileName={`${processName} - ${t('report.fileName')}`}
      report={() => report({})}
      fileReport={async () => report(await diagramImages(variants, diagramKinds(proposals)))}
      warning={unanswered.length ? { title: t('report.unanswered.title'), message: t('report.unanswered.message', { numbers: unanswered.join(', '), count: unanswered.length }), proceed: t('report.unanswered.proceed') } : null}
    >
      <label className="inline-control report-export__author" title={t('report.authorHint')}>
        {t('report.author')}
        <CommitInput aria-label={t('report.author')} value={author} onCommit={setAuthor} />
      </label>
    </ReportExportButtons>
  );
}
