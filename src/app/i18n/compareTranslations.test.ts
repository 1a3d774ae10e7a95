import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { metricDefinitions } from '../../domain/compare/metrics';
import { questionnaireParameters } from '../../domain/compare/questionnaire';
import { addFormatters, languages, resources } from '.';

/** The value texts questionnaireValueText asks for (see its doc comment). */
const valueKeys = [
  ...['termReduction'].flatMap((p) => [`${p}.yes`, `${p}.no`, `${p}.longest`]),
  ...['documentsRemoved', 'manualFieldsReduced'].flatMap((p) => [`${p}.yes`, `${p}.no`]),
  ...['collegialRemoved'].flatMap((p) => [`${p}.yes`, `${p}.no`, `${p}.none`]),
  ...['staffRemoved'].flatMap((p) => [`${p}.yes`, `${p}.no`, `${p}.none`, `${p}.unclassified`]),
  ...['informationSystem', 'integrations'].flatMap((p) => [`${p}.yes`, `${p}.no`, `${p}.added`, `${p}.removed`]),
  'systemWithDeveloper',
  'systemWithoutDeveloper',
  'shared.yes',
  'shared.no',
  'shared.yesWithService',
  'withNote',
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

  it('writes counts the Russian way and gives them Kazakh case endings', async () => {
    const ru = i18next.createInstance();
    await ru.init({ resources, lng: 'ru', interpolation: { escapeValue: false } });
    expect(ru.t('compare.fromTo', { from: 12000, to: 2 })).toBe('с 12\u00a0000 до 2');
    const kk = i18next.createInstance();
    await kk.init({ resources, lng: 'kk', interpolation: { escapeValue: false } });
    addFormatters(kk);
    expect(kk.t('compare.fromTo', { from: 15, to: 4 })).toBe('15-тен 4-ке дейін');
    expect(kk.t('compare.proposals.reduceYes', { from: 6, to: 1 })).toBe('иә (6-дан 1-ге дейін)');
  });

  it('quotes the official parameter names of Appendix 2 in Russian', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'ru', interpolation: { escapeValue: false } });
    expect(instance.t('compare.questionnaire.parameter.demand')).toBe('Насколько востребована услуга (статистика)');
    expect(instance.t('compare.questionnaire.parameter.integrations')).toBe('Имеется ли у информационной системы интеграция с другими информационными системами (с какими)');
  });
});
