// @vitest-environment jsdom
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../app/i18n';
import { generatedSampleMap } from '../../../../test/journeySamples';
import { mapGeometry } from '../../../domain/journey/curve';
import { laneOfKind, newCard } from '../../../domain/journey/model';
import { registerJourneyTexts } from '../texts/register';
import { journeySvg, serializeSvg, wrap } from './journeySvg';

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  registerJourneyTexts(instance);
  return instance.t;
}

describe('the map as SVG', () => {
  it('is as wide as the lane titles and the stages, and says the map in the UI’s language', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    const svg = journeySvg(map, { title: 'Карта пути клиента: Справка', subtitle: 'Как есть' }, await translator('ru'), 'ru');
    expect(Number(svg.getAttribute('width'))).toBe(2 * 16 + mapGeometry.laneHeaderWidth + map.stages.length * mapGeometry.stageWidth);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(400);
    const texts = [...svg.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).toContain('Карта пути клиента: Справка');
    expect(texts).toContain('Точки контакта и канал');
    expect(texts).toContain('Личные визиты: 2');
    expect(texts.join(' ')).toContain('Прийти в ЦОН и подать');
  });

  it('keeps text with markup as text, and serializes to a standalone SVG file', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/to-be');
    const lane = laneOfKind(map, 'pains')!.id;
    const marked = { ...map, cards: [...map.cards, newCard({ id: 'x', stageId: map.stages[0]!.id, laneId: lane, text: '<script>alert(1)</script> & <b>очередь</b>' })] };
    const svg = journeySvg(marked, { title: '<img src=x>', subtitle: '' }, await translator('kk'), 'kk');
    expect(svg.querySelector('script, img, b')).toBeNull();
    const file = serializeSvg(svg);
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(file).toContain('&lt;script&gt;');
    expect(file).toContain('Байланыс нүктелері және арна');
  });

  it('wraps long titles into lines and cuts what does not fit', () => {
    expect(wrap('Собрать документы и лично прийти в ЗАГС', 20, 3)).toEqual(['Собрать документы и', 'лично прийти в ЗАГС']);
    expect(wrap('один два три четыре пять шесть', 9, 2)).toEqual(['один два', 'три четы…']);
    expect(wrap('', 10, 2)).toEqual([]);
  });
});
