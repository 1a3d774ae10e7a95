import { comparisonRow } from './comparison';
import { answerKey, chosenAnswer, isDerivedItem, proposalItems, reductionAnswerKey, reductionUnits, type ChoiceItem, type ProposalItem, type Proposals, type ReductionItem } from './proposals';
import { questionnaireValueText, type Translate } from './questionnaire';
import { printable, textBlock, textCell, type ReportBlock, type ReportCell, type ReportSection } from '../report/report';
import { formOfRules, passport, signatures, type ReportFormat, type ReportInput } from './report';

/**
 * Where the workbench corrects the wording of the form of Appendix 1 as published (seed 003), a
 * footnote says what the form had: «Одноразовый пропуск» for «пароль», «Практичное» for
 * «Проактивное», and a truncated item «Оказание» left out after the "one application" item.
 */
const corrected: Partial<Record<ProposalItem, string>> = {
  oneTimePassword: 'report.footnote.oneTimePassword',
  oneApplication: 'report.footnote.truncatedItem',
  proactive: 'report.footnote.proactive',
};

export function appendix1(input: ReportInput): ReportSection {
  const { t, comparison, proposals, images, project } = input;
  const target = proposals.target;
  const documents = (kind: 'asIs' | typeof target) => comparisonRow(comparison, 'applicantDocuments').values[kind]?.items.map((item) => printable(item.name)) ?? [];
  const footnotes: string[] = [];
  const footnote = (item: ProposalItem): Omit<ReportCell, 'text'> => {
    const key = corrected[item];
    if (!key) return {};
    footnotes.push(printable(t(key)));
    return { footnote: footnotes.length };
  };
  const rows = proposalItems.flatMap((item): ReportCell[][] => {
    const label = textCell(t(`compare.proposals.${item}`), footnote(item));
    if (isDerivedItem(item)) return [[label, textCell(derivedAnswerText(proposals, item, input.t, input.format))]];
    const row = [label, textCell(choiceAnswer(input, item))];
    const service = item === 'oneApplication' && proposals.chosen.oneApplication === true && proposals.chosen.oneApplicationService;
    return service ? [row, [textCell(t('compare.proposals.oneApplicationService')), textCell(service)]] : [row];
  });
  const documentList = (kind: 'asIs' | typeof target): ReportBlock => ({ kind: 'list', items: documents(kind), empty: printable(t('report.appendix1.noDocuments')) });
  const image = (kind: 'asIs' | typeof target, caption: string): ReportBlock => ({ kind: 'image', image: images[kind] ?? null, caption: printable(caption), missing: printable(t('report.appendix1.noDiagram')) });
  return formSection(input, 1, {
    id: 'appendix1',
    name: t('report.sheet.appendix1'),
    heading: t('report.appendix1.current'),
    footnotes,
    blocks: [
      image('asIs', t('variant.asIsLong')),
      { kind: 'heading', text: printable(t('report.appendix1.documents')) },
      documentList('asIs'),
      { kind: 'heading', text: printable(t('report.appendix1.consumers')) },
      textBlock([project.consumers || t('report.appendix1.noConsumers')]),
      { kind: 'heading', text: printable(t('report.appendix1.proposals')) },
      { kind: 'table', table: { columns: [t('report.proposals.item'), t('report.proposals.answer')].map(printable), rows } },
      { kind: 'heading', text: printable(t('report.appendix1.proposed', { variant: t(`variant.${target}Long`) })) },
      image(target, t(`variant.${target}Long`)),
      { kind: 'heading', text: printable(t('report.appendix1.documentsAfter')) },
      documentList(target),
      signatures(input),
    ],
  });
}

/** A form of the 2015 Rules: captioned, whose it is, its status noted below, on portrait pages. */
function formSection(input: ReportInput, appendix: 1 | 2, part: Pick<ReportSection, 'id' | 'name' | 'heading' | 'blocks' | 'footnotes'>): ReportSection {
  const form = formOfRules(input.t, appendix);
  return { ...part, name: printable(part.name), heading: printable(part.heading), caption: form.caption, passport: passport(input), notes: [form.status], landscape: false };
}

/** An unanswered choice is an empty answer, never a placeholder: the export warns about it instead. */
function choiceAnswer({ t, proposals }: ReportInput, item: ChoiceItem): string {
  const answer = chosenAnswer(proposals.chosen, item);
  return answer === null ? '' : t(`compare.proposals.${answerKey(item, answer)}`);
}

/** The answer of an item the diagrams decide, as the page and the files word it: terms in whole units, the typical one. */
export function derivedAnswerText(proposals: Proposals, item: ReductionItem | 'fullAutomation', t: Translate, format: Pick<ReportFormat, 'duration' | 'figure'>): string {
  if (item === 'fullAutomation') {
    const automated = proposals.derived.fullAutomation;
    return automated === null ? t('compare.proposals.unknown') : t(`compare.proposals.${automated ? 'yes' : 'no'}`);
  }
  const found = proposals.derived[item];
  const figure = (value: number, role: 'from' | 'to') => (item === 'term' ? format.duration(value, role) : format.figure(value, reductionUnits[item]));
  return t(`compare.proposals.${reductionAnswerKey(item, found)}`, found ? { from: figure(found.from, 'from'), to: figure(found.to, 'to') } : {});
}

export function appendix2(input: ReportInput): ReportSection {
  const { t, questionnaire, format } = input;
  const columns = ['number', 'parameterName', 'parameter', 'justification'].map((key) => printable(t(`report.questionnaire.${key}`)));
  return formSection(input, 2, {
    id: 'questionnaire',
    name: t('report.sheet.questionnaire'),
    heading: t('report.questionnaire.title'),
    footnotes: [],
    blocks: [
      {
        kind: 'table',
        table: {
          columns,
          rows: questionnaire.map((row) => [
            { text: String(row.number), figure: { value: row.number, decimals: 0 } },
            textCell(t(row.parameterKey)),
            textCell(questionnaireValueText(row, t, format)),
            textCell(row.justification),
          ]),
        },
      },
      signatures(input),
    ],
  });
}
