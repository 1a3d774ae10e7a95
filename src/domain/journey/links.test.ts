import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { generatedSampleMap, sampleVariant } from '../../../test/journeySamples';
import { newModdle } from '../bpmnFile';
import { listOf, rootProcesses } from '../moddleLists';
import { elementIdsOf, journeyDiagramFromXml, readJourneyDiagram } from './diagram';
import { brokenLinks, citationsOf } from './links';

/** The variant as it is after the team deleted a step from the diagram. */
async function withoutStep(xml: string, stepId: string) {
  const { rootElement } = await newModdle().fromXML(xml);
  for (const process of rootProcesses(rootElement)) {
    const elements = listOf(process, 'flowElements');
    process.set('flowElements', elements.filter((element: ModdleElement) => element.id !== stepId));
  }
  return readJourneyDiagram(rootElement);
}

describe('links from a map to its variant', () => {
  it('a step removed from the diagram flags the cards linking it; the cards and their links stay', async () => {
    const map = await generatedSampleMap('birth-registration/as-is');
    const { xml } = await sampleVariant('birth-registration/as-is');
    expect(brokenLinks(map, elementIdsOf(await journeyDiagramFromXml(xml)))).toEqual([]);

    const edited = await withoutStep(xml, 'Task_AcceptApplications');
    const card = map.cards.find((c) => c.links.includes('Task_AcceptApplications'))!;
    expect(brokenLinks(map, elementIdsOf(edited))).toEqual([{ kind: 'card', id: card.id, missing: ['Task_AcceptApplications'] }]);
    expect(card.links).toEqual(['Task_ApplyAtCon', 'Task_AcceptApplications']);
  });

  it('the as-is map against the to-be diagram: the steps the to-be removed are flagged, the surviving ids hold', async () => {
    const map = await generatedSampleMap('birth-registration/as-is');
    const toBe = await sampleVariant('birth-registration/to-be');
    const broken = brokenLinks(map, elementIdsOf(toBe.diagram));
    const missing = broken.flatMap((link) => link.missing);
    expect(missing).toContain('Task_CollectDocuments');
    expect(missing).not.toContain('Task_FillApplication');
    expect(missing).not.toContain('Task_CheckDocuments');
  });

  it('a stage linked by hand to a step that is gone is flagged as a stage', () => {
    const stages = [{ id: 's1', title: 'Подача', links: ['Task_Gone', 'Task_Here'] }];
    expect(brokenLinks({ stages, cards: [] }, new Set(['Task_Here']))).toEqual([{ kind: 'stage', id: 's1', missing: ['Task_Gone'] }]);
  });

  it('lists the cards of every map that cite a step, for the step panel', async () => {
    const asIs = await generatedSampleMap('birth-registration/as-is');
    const cited = citationsOf([asIs], 'Task_CheckDocuments');
    expect(cited.map(({ card }) => card.text)).toEqual(['Заполнить заявление от руки']);
    expect(citationsOf([asIs], 'Task_EnterBirthRecord')).toEqual([]);
  });
});
