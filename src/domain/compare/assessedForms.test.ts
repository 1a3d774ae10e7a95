import { describe, expect, it } from 'vitest';
import { compareDictionary, loadFacts, threeVariants } from '../../../test/fixtures/compare/compareFixtures';
import { emptyAssessment } from './assessment';
import { assessedForms } from './assessedForms';
import { compareVariants } from './comparison';
import { emptyChosenProposals } from './proposals';
import { buildReport, type ReportFormat } from './report';
import type { Translate } from './questionnaire';

const t: Translate = (key, params) => (params ? `${key}(${Object.values(params).join(', ')})` : key);
const format: ReportFormat = {
  figure: (value) => String(value),
  percent: (change) => (change.percent === null ? null : `${Math.round(change.percent)} %`),
  date: () => '05.03.2025',
  duration: (days, role) => `${role} ${days} d`,
  exactDuration: (days, role) => `${role} ${days} d`,
  journey: (_id, value) => String(value),
  journeyChange: (id, from, to) => `${id}: ${from} → ${to}`,
};

describe('the forms of an assessment', () => {
  it('are the diagrams’ answers with the team’s choices and typed answers over them, towards the chosen variant', async () => {
    const comparison = await threeVariants();
    const assessment = {
      ...emptyAssessment('p', 'pr'),
      target: 'optimal' as const,
      proposals: { ...emptyChosenProposals, electronicOnly: true },
      questionnaire: [{ number: 1, value: '12 000 в год', justification: 'Статистика ЦОН', touched: true }],
    };
    const { proposals, questionnaire } = assessedForms(comparison, assessment);
    expect(proposals.target).toBe('optimal');
    expect(proposals.chosen.electronicOnly).toBe(true);
    expect(questionnaire.find((row) => row.number === 1)).toMatchObject({ value: '12 000 в год', justification: 'Статистика ЦОН' });
    // The Appendix 1 choice answers question 2 as well.
    expect(questionnaire.find((row) => row.number === 2)?.prefill).toMatchObject({ kind: 'shared', item: 'electronicOnly', answer: 'yes' });
  });

  it('make a report with the proposed variant only (a package of approved items whose as-is is not approved yet)', async () => {
    const comparison = compareVariants({ toBe: await loadFacts('to-be.bpmn') }, compareDictionary);
    const { proposals, questionnaire } = assessedForms(comparison, emptyAssessment('p', 'pr'));
    const report = buildReport({
      project: { owner: 'МЮ РК', serviceName: 'Справка', serviceCode: '700', consumers: '' },
      processName: 'Выдача справки',
      author: '',
      date: 0,
      locale: 'ru-RU',
      comparison,
      proposals,
      questionnaire,
      images: {},
      t,
      format,
    });
    expect(report.sections.map((section) => section.id)).toEqual(['appendix1', 'questionnaire', 'metrics']);
    const images = report.sections.flatMap((section) => section.blocks.filter((block) => block.kind === 'image'));
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((block) => block.image === null)).toBe(true);
  });
});
