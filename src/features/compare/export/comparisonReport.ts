import type { TFunction } from 'i18next';
import type { Comparison } from '../../../domain/compare/comparison';
import type { Proposals } from '../../../domain/compare/proposals';
import type { QuestionnaireRow } from '../../../domain/compare/questionnaire';
import { buildReport, type ReportJourney } from '../../../domain/compare/report';
import type { Project } from '../../../domain/project';
import type { Report, ReportImage } from '../../../domain/report/report';
import type { VariantKind } from '../../../domain/variant';
import { formatJourneyTotal, journeyChangeText } from '../../journey/formatTotals';
import { makeFormatter } from '../../ui/format';
import { reportFormat } from '../formatFigures';

export interface ComparisonReportInput {
  project: Pick<Project, 'owner' | 'serviceName' | 'serviceCode' | 'serviceConsumers'>;
  processName: string;
  /** The «Исполнитель» setting (useReportAuthor); empty when not set. */
  author: string;
  comparison: Comparison;
  proposals: Proposals;
  questionnaire: QuestionnaireRow[];
  journeys: ReportJourney[];
  /** The diagrams drawn into the file: the as-is and the proposed variant. */
  images: Partial<Record<VariantKind, ReportImage>>;
  /** The document's language: `t` speaks it, and numbers, dates and terms are written in its way. */
  t: TFunction;
  language: string;
}

/** The diagrams a comparison's file shows: the as-is and the variant its proposals are about. */
export const diagramKinds = (proposals: Proposals): VariantKind[] => ['asIs', proposals.target];

/**
 * The comparison's forms (Appendices 1 and 2, the figures and the client journeys) as a report for
 * the XLSX and DOCX writers: what the comparison page's export buttons write and what the
 * publication package holds.
 */
export function comparisonReport({ project, processName, author, comparison, proposals, questionnaire, journeys, images, t, language }: ComparisonReportInput): Report {
  const format = makeFormatter(t, language);
  return buildReport({
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
      journey: (id, value) => formatJourneyTotal(t, language, id, value),
      journeyChange: (id, from, to) => journeyChangeText(t, language, id, from, to),
    },
  });
}
