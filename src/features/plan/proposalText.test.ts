import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { kk } from '../../app/i18n/kk';
import { ru } from '../../app/i18n/ru';
import type { ProposedAction, ProposalItem } from '../../domain/plan/proposals';
import { itemList, proposalAction, proposalResponsible, proposalResult } from './proposalText';

let t: TFunction;
let tk: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'ru', resources: { ru: { translation: ru }, kk: { translation: kk } }, interpolation: { escapeValue: false } });
  t = instance.t;
  tk = instance.getFixedT('kk');
});

const item = (kind: ProposalItem['kind'], key: string, name: string, extra: Partial<ProposalItem> = {}): ProposalItem => ({ kind, key, name, elementIds: [], ...extra });
const proposal = (rule: ProposedAction['rule'], items: ProposalItem[], subject = { id: '', name: '', owner: '' }): ProposedAction => ({
  key: `${rule}:${subject.id}`,
  rule,
  section: 'legal',
  completionForm: 'regulationAmendment',
  subject,
  items,
});

const gbd = { id: 'sys-gbdfl', name: 'ГБД ФЛ', owner: 'МЦРИАП РК' };

describe('the words of a proposal', () => {
  it('names the legal act and the documents no longer asked', () => {
    const documents = [item('documentNotAsked', 'doc-id', 'Удостоверение личности'), item('documentNotAsked', 'doc-marriage', 'Свидетельство о браке')];
    expect(proposalAction(proposal('documentsLegal', documents, { id: 'Закон', name: 'Закон РК «О государственных услугах»', owner: '' }), t)).toBe(
      'Внести изменения в Закон РК «О государственных услугах»: исключить истребование у заявителя документов «Удостоверение личности», «Свидетельство о браке»',
    );
    expect(proposalAction(proposal('documentsLegal', documents), t)).toMatch(/^Внести изменения в нормативный правовой акт, устанавливающий перечень документов/);
  });

  it('names the system and its owner for an integration, with documents and fields apart', () => {
    const action = proposalAction(proposal('integration', [item('documentNotAsked', 'doc-id', 'Удостоверение личности'), item('fieldFromSystem', 'f-iin', 'ИИН')], gbd), t);
    expect(action).toBe('Обеспечить интеграцию с информационной системой «ГБД ФЛ» (МЦРИАП РК): получение сведений документов «Удостоверение личности»; заполнение полей «ИИН»');
    expect(proposalResponsible(proposal('integration', [], gbd))).toBe('МЦРИАП РК');
    expect(proposalResult(proposal('integration', [], gbd), t)).toBe('Сведения получаются из информационной системы; заявитель их не представляет и не вводит');
  });

  it('lists removed approvals, removed and merged steps as changes to the regulation', () => {
    expect(proposalAction(proposal('approvals', [item('approvalRemoved', 'T1', 'Согласование руководителем'), item('collegialRemoved', 'T2', 'Заседание комиссии')]), t)).toBe(
      'Внести изменения в регламент оказания государственной услуги: исключить согласования «Согласование руководителем»; исключить рассмотрение коллегиальным органом «Заседание комиссии»',
    );
    expect(proposalAction(proposal('regulationSteps', [item('stepRemoved', 'A', 'Распечатать справку'), item('stepMerged', 'B', 'Проверить документы', { mergedInto: 'Проверить по ГБД ФЛ' })]), t)).toBe(
      'Внести изменения в регламент оказания государственной услуги: исключить шаги «Распечатать справку»; объединить шаг «Проверить документы» с шагом «Проверить по ГБД ФЛ»',
    );
  });

  it('turns new channels and a proactive service into one campaign, in Russian and Kazakh', () => {
    const awareness = proposal('awareness', [item('channelAdded', 'portal', 'portal'), item('proactive', 'proactive', 'proactive')]);
    expect(proposalAction(awareness, t)).toBe('Провести информационную кампанию для граждан о получении услуги через Портал «электронного правительства» и о проактивном оказании услуги');
    expect(proposalAction(awareness, tk)).toBe('Азаматтар үшін ақпараттық науқан өткізу: қызметті «Электрондық үкімет» порталы арқылы алу туралы және қызметті проактивті көрсету туралы');
    expect(itemList(awareness.items, t)).toBe('новый канал: Портал «электронного правительства»; услуга оказывается проактивно');
  });
});
