import { compareJourneys, type JourneyComparison } from '../journey/comparison';
import type { JourneyMap } from '../journey/model';
import type { JourneyTotalId } from '../journey/totals';
import { printable, type Report, type ReportBlock, type ReportField, type ReportImage } from '../report/report';
import type { VariantKind } from '../variant';
import type { Comparison, MetricChange } from './comparison';
import type { MetricUnit } from './metrics';
import type { Proposals } from './proposals';
import type { QuestionnaireRow, TermFormat, Translate } from './questionnaire';
import { journeyAnnex, metricsAnnex } from './reportAnnex';
import { appendix1, appendix2 } from './reportForms';

/*
 * The comparison as a document (see ../report/report.ts): Appendix 1 (the current and proposed
 * process, the documents required before and after, the consumers, the proposals) and the МВК
 * questionnaire of Appendix 2 to the 2015 Rules, then the figures and the client journeys as
 * annexes. The official wording comes from `report.*` i18n keys: in Russian it is the Rules' own,
 * the corrections footnoted.
 */

/** The screen's number formats (locale decimal mark, signed percent, terms in their unit), so a document shows the same. */
export interface ReportFormat extends TermFormat {
  figure(value: number, unit: MetricUnit): string;
  /** A term as the figures show it, not rounded up to whole units: "1,34 рабочего дня". */
  exactDuration(workingDays: number, role: 'from' | 'to'): string;
  percent(change: MetricChange): string | null;
  date(time: number): string;
  /** A client journey figure: client time in hours and minutes, the others as numbers. */
  journey(id: JourneyTotalId, value: number): string;
  /** "From N to M" for a client journey figure, as the page words it. */
  journeyChange(id: JourneyTotalId, from: number, to: number): string;
}

/** One persona's client journeys across the variants, as the comparison page shows them. */
export interface ReportJourney {
  persona: string;
  comparison: JourneyComparison;
}

/** A process's client journeys per persona, named: what the comparison page shows and its files hold. */
export function reportJourneys(maps: readonly JourneyMap[], personas: readonly { id: string; name: string }[]): ReportJourney[] {
  return compareJourneys(maps).map((comparison) => ({ persona: personas.find((p) => p.id === comparison.personaId)?.name ?? '', comparison }));
}

export interface ReportInput {
  project: { owner: string; serviceName: string; serviceCode: string; consumers: string };
  processName: string;
  /** Who prepared the files (a setting); empty when not set. */
  author: string;
  /** When the file is made. */
  date: number;
  /** The interface language's locale, for the files' properties. */
  locale: string;
  comparison: Comparison;
  proposals: Proposals;
  questionnaire: readonly QuestionnaireRow[];
  /** Client journey figures per persona; their annex is left out when there are none. */
  journeys?: readonly ReportJourney[];
  /** The variants' diagrams; a missing one is said to be missing. */
  images: Partial<Record<VariantKind, ReportImage>>;
  t: Translate;
  format: ReportFormat;
}

export function buildReport(input: ReportInput): Report {
  const { t, processName, project, author, locale } = input;
  return {
    properties: {
      title: printable(t('report.properties.title', { process: processName })),
      subject: printable(t('report.properties.subject', { service: project.serviceName || processName })),
      author: printable(author || project.owner || t('app.title')),
      language: locale,
      keywords: printable([project.serviceCode, project.owner].filter(Boolean).join('; ')),
    },
    sections: [appendix1(input), appendix2(input), metricsAnnex(input), ...(input.journeys?.length ? [journeyAnnex(input)] : [])],
  };
}

/** The heading block of every form: whose it is, what it compares, and when. */
export function passport({ t, project, processName, proposals, date, format }: ReportInput): ReportField[] {
  const field = (key: string, value: string) => ({ label: printable(t(`report.passport.${key}`)), value: printable(value) });
  const service = project.serviceName || t('report.passport.notGiven');
  return [
    field('owner', project.owner || t('report.passport.notGiven')),
    field('service', t('report.passport.serviceWithCode', { service, code: project.serviceCode || t('report.passport.noCode') })),
    field('process', processName),
    field('variants', t('report.passport.variantsCompared', { current: t('variant.asIsLong'), proposed: t(`variant.${proposals.target}Long`) })),
    field('date', format.date(date)),
  ];
}

/** The approval block: the head of the state body and whoever prepared the form sign and date it. */
export function signatures({ t, project, author }: ReportInput): ReportBlock {
  return {
    kind: 'signatures',
    lines: [
      { role: printable(t('report.signatures.head')), name: printable(project.owner) },
      { role: printable(t('report.signatures.preparedBy')), name: printable(author) },
    ],
    date: printable(t('report.signatures.date')).replace(/ /g, '\u00a0'),
  };
}

/** The caption of a form of the 2015 Rules and the note on their status: one wording, `report.form.*`. */
export function formOfRules(t: Translate, appendix: 1 | 2): { caption: string[]; status: string } {
  return { caption: [printable(t('report.form.caption', { number: appendix })), printable(t('report.form.order'))], status: printable(t('report.form.status')) };
}
