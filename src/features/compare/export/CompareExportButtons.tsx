import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../domain/compare/comparison';
import type { Proposals } from '../../../domain/compare/proposals';
import type { QuestionnaireRow } from '../../../domain/compare/questionnaire';
import { buildReport, type ReportJourney } from '../../../domain/compare/report';
import { formatJourneyTotal } from '../../journey/formatTotals';
import { ReportExportButtons } from '../../export/report/ReportExportButtons';
import { formatFigure, formatPercent } from '../formatFigures';

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
  const language = i18n.language;
  return (
    <ReportExportButtons
      label={t('report.toolbar')}
      fileName={`${processName} - ${t('report.fileName')}`}
      report={() =>
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
        })
      }
    />
  );
}
