import type { VariantKind } from '../variant';
import type { Comparison, MetricChange } from './comparison';
import type { MetricUnit } from './metrics';
import type { Proposals } from './proposals';
import type { QuestionnaireRow, TermFormat, Translate } from './questionnaire';
import { metricsAnnex } from './reportAnnex';
import { appendix1, appendix2 } from './reportForms';

/**
 * The comparison as a document: Appendix 1 (the current and proposed process, the documents
 * required before and after, the consumers, the proposals) and the МВК questionnaire of
 * Appendix 2 to the 2015 Rules, then the figures as an annex. The XLSX, DOCX and print writers
 * only lay this out, so all three say what the comparison page says. The official wording comes
 * from `report.*` i18n keys: in Russian it is the Rules' own, the corrections footnoted.
 */
export interface Report {
  properties: ReportProperties;
  sections: ReportSection[];
}

/** What a file says about itself (core properties), instead of a library's defaults. */
export interface ReportProperties {
  title: string;
  subject: string;
  author: string;
  /** BCP 47, e.g. ru-KZ. */
  language: string;
  keywords: string;
}

export interface ReportSection {
  id: 'appendix1' | 'questionnaire' | 'metrics';
  /** A spreadsheet tab's name, unchecked against any format's limits. */
  name: string;
  /** Set top right as on the form: which form of which Rules; empty for the annex. */
  caption: string[];
  heading: string;
  /** Whose form it is: state body, service and its code, process, variants compared, date. */
  passport: ReportField[];
  blocks: ReportBlock[];
  /** Numbered from 1; a cell refers to one by its number. */
  footnotes: string[];
  /** Set under the form: the status of the Rules it follows, how figures were counted. */
  notes: string[];
  /** A table wider than a portrait page holds. */
  landscape: boolean;
}

export interface ReportField {
  label: string;
  value: string;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[]; empty: string }
  | { kind: 'image'; image: ReportImage | null; caption: string; missing: string }
  | { kind: 'table'; table: ReportTable }
  /** `date`: the blank a signer dates on, in the language's order, that never breaks across lines. */
  | { kind: 'signatures'; lines: SignatureLine[]; date: string };

export interface ReportTable {
  columns: string[];
  rows: ReportCell[][];
}

export interface ReportCell {
  text: string;
  /** The number a figure shows, for a spreadsheet to compute with. */
  figure?: { value: number; decimals: number };
  /** The footnote (1-based, of the section) the text refers to. */
  footnote?: number;
}

/** A diagram drawn as PNG by the caller (the domain draws nothing). Sizes in CSS pixels. */
export interface ReportImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface SignatureLine {
  role: string;
  name: string;
}

/** The screen's number formats (locale decimal mark, signed percent, terms in their unit), so a document shows the same. */
export interface ReportFormat extends TermFormat {
  figure(value: number, unit: MetricUnit): string;
  /** A term as the figures show it, not rounded up to whole units: "1,34 рабочего дня". */
  exactDuration(workingDays: number, role: 'from' | 'to'): string;
  percent(change: MetricChange): string | null;
  date(time: number): string;
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
    sections: [appendix1(input), appendix2(input), metricsAnnex(input)],
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

/**
 * Without control characters but tab and line breaks: text pasted from other programs may carry
 * them, XML 1.0 cannot hold most, and a spreadsheet with one is a file Excel refuses to open.
 */
export function printable(value: string): string {
  return value.replace(/(?![\t\n\r])\p{Cc}/gu, '');
}

export function textCell(value: string, footnote?: number): ReportCell {
  return footnote === undefined ? { text: printable(value) } : { text: printable(value), footnote };
}

/** Every table of a section, for the writers that size columns. */
export function tablesOf(section: ReportSection): ReportTable[] {
  return section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
}
