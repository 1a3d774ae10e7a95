import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { metricDefinitions } from '../../domain/compare/metrics';
import { questionnaireParameters } from '../../domain/compare/questionnaire';
import { languages, resources } from '.';

/** The value texts questionnaireValueText asks for (see its doc comment). */
const valueKeys = [
  ...['termReduction', 'documentsRemoved', 'manualFieldsReduced'].flatMap((p) => [`${p}.yes`, `${p}.no`]),
  ...['collegialRemoved', 'staffRemoved'].flatMap((p) => [`${p}.yes`, `${p}.no`, `${p}.none`]),
  ...['informationSystem', 'integrations'].flatMap((p) => [`${p}.yes`, `${p}.no`, `${p}.added`]),
  'systemWithDeveloper',
].map((key) => `compare.questionnaire.value.${key}`);

const domainKeys = [
  ...metricDefinitions.flatMap((definition) => [definition.labelKey, definition.hintKey]),
  ...questionnaireParameters.map((parameter) => `compare.questionnaire.parameter.${parameter}`),
  ...valueKeys,
];

describe('comparison translations', () => {
  it.each(languages)('%s has a text for every key the comparison domain hands out', async (language) => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
    expect(domainKeys.filter((key) => !instance.exists(key))).toEqual([]);
  });

  it('formats working days with the decimal comma in Russian', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'ru', interpolation: { escapeValue: false } });
    expect(instance.t('compare.questionnaire.value.termReduction.yes', { from: 12.5, to: 0.25 })).toBe('Да: с 12,5 до 0,25 рабочих дней');
  });

  it('quotes the official parameter names of Appendix 2 in Russian', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'ru', interpolation: { escapeValue: false } });
    expect(instance.t('compare.questionnaire.parameter.demand')).toBe('Насколько востребована услуга (статистика)');
    expect(instance.t('compare.questionnaire.parameter.integrations')).toBe('Имеется ли у информационной системы интеграция с другими информационными системами (с какими)');
  });
});
