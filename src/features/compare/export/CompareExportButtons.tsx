import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../domain/compare/comparison';
import type { Proposals } from '../../../domain/compare/proposals';
import { unansweredQuestions, type QuestionnaireRow } from '../../../domain/compare/questionnaire';
import { buildReport, type ReportJourney } from '../../../domain/compare/report';
import type { Project } from '../../../domain/project';
import type { Report, ReportImage } from '../../../domain/report/report';
import type { Variant, VariantKind } from '../../../domain/variant';
import { ReportExportButtons } from '../../export/report/ReportExportButtons';
import { useReportAuthor } from '../../export/report/useReportAuthor';
import { formatJourneyTotal, journeyChangeText } from '../../journey/formatTotals';
import { CommitInput } from '../../ui/CommitInput';
import { useFormat } from '../../ui/format';
import { reportFormat } from '../formatFigures';
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
  const format = useFormat();
  const [author, setAuthor] = useReportAuthor();
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
      journeys,
      images,
      t,
      format: {
        ...reportFormat(format),
        journey: (id, value) => formatJourneyTotal(t, i18n.language, id, value),
        journeyChange: (id, from, to) => journeyChangeText(t, i18n.language, id, from, to),
      },
    });

  return (
    <ReportExportButtons
      label={t('report.toolbar')}
      fileName={`${processName} - ${t('report.fileName')}`}
      report={() => report({})}
      fileReport={async () => report(await diagramImages(variants, ['asIs', proposals.target]))}
      warning={unanswered.length ? { title: t('report.unanswered.title'), message: t('report.unanswered.message', { numbers: unanswered.join(', '), count: unanswered.length }), proceed: t('report.unanswered.proceed') } : null}
    >
      <label className="inline-control report-export__author" title={t('report.authorHint')}>
        {t('report.author')}
        <CommitInput aria-label={t('report.author')} value={author} onCommit={setAuthor} />
      </label>
    </ReportExportButtons>
  );
}
