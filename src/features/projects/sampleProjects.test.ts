import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ModdleElement } from 'bpmn-moddle';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintDefinitions } from '../../bpmn/lint/lintDefinitions';
import { inspectBpmn, newModdle } from '../../domain/bpmnFile';
import type { DictionaryEntry, DictionaryKind } from '../../domain/dictionary/dictionary';
import { linkedKind, readEntryLink } from '../../domain/stepData/entryLink';
import { readStepData } from '../../domain/stepData/stepData';
import type { VariantKind } from '../../domain/variant';
import { WorkbenchDb } from '../../storage/db';
import { listDictionary, loadVariantSources } from '../../storage/dictionaryRepository';
import { createProjectWithProcesses } from '../../storage/projectRepository';
import { findDamagedRecords } from '../../storage/records/damagedRecords';
import { loadSample, samples, type Sample } from './sampleProjects';
import { compareJourneys } from '../../domain/journey/comparison';
import { elementIdsOf, journeyDiagramFromXml } from '../../domain/journey/diagram';
import { brokenLinks } from '../../domain/journey/links';
import { stageEmotions } from '../../domain/journey/totals';
import { listInterviews, listJourneyMaps, listPersonas } from '../../storage/journeyRepository';
import { listProcesses } from '../../storage/processRepository';
import { listVariants } from '../../storage/variantRepository';

const modelsDir = resolve(import.meta.dirname, '../../../models');
const variantFiles = (sample: Sample) =>
  sample.manifest.processes.flatMap((p) => Object.entries(p.variants).map(([kind, file]) => ({ kind: kind as VariantKind, file: file! })));
const readModel = (sample: Sample, file: string) => readFileSync(resolve(modelsDir, sample.folder, file), 'utf8');

function flowElements(container: ModdleElement): ModdleElement[] {
  return ((container.get('flowElements') as ModdleElement[] | undefined) ?? []).flatMap((e) => [e, ...(e.$instanceOf('bpmn:SubProcess') ? flowElements(e) : [])]);
}

async function definitionsOf(xml: string) {
  const { rootElement, warnings } = await newModdle().fromXML(xml);
  expect(warnings).toEqual([]);
  const processes = (rootElement.get('rootElements') as ModdleElement[]).filter((e) => e.$instanceOf('bpmn:Process'));
  return { definitions: rootElement, elements: processes.flatMap(flowElements) };
}

interface Reference {
  at: string;
  id: string;
  kind: DictionaryKind;
}

/** Every reference a diagram makes to the dictionary (an executor's role by name), with the kind of entry it must be. */
function referencesOf(elements: ModdleElement[]): Reference[] {
  return elements.flatMap((element): Reference[] => {
    const at = element.id ?? '';
    const link = readEntryLink(element);
    const kind = linkedKind(element);
    const data = readStepData(element).data;
    return [
      ...(link && kind ? [{ at, id: link, kind }] : []),
      ...(data?.documents ?? []).map((d): Reference => ({ at, id: d.ref, kind: 'document' })),
      ...(data?.fields ?? []).flatMap((f): Reference[] => [{ at, id: f.ref, kind: 'field' }, ...(f.system ? [{ at, id: f.system, kind: 'system' as const }] : [])]),
      ...(data?.systems ?? []).map((s): Reference => ({ at, id: s.ref, kind: 'system' })),
      ...(data?.integrations ?? []).flatMap((i): Reference[] => [{ at, id: i.from, kind: 'system' }, { at, id: i.to, kind: 'system' }]),
      ...(data?.executorRole ? [{ at, id: data.executorRole, kind: 'role' as const }] : []),
    ];
  });
}

/** Resolves references by id, and a role by its name (a step names its executor's role, it does not refer to it by id). */
function unresolved(refs: Reference[], dictionary: DictionaryEntry[]): string[] {
  const byId = new Map(dictionary.map((e) => [e.id, e]));
  const roles = new Set(dictionary.filter((e) => e.kind === 'role').map((e) => e.name));
  const inner = dictionary.flatMap((e): Reference[] =>
    e.kind === 'document' ? e.fieldIds.map((id) => ({ at: e.id, id, kind: 'field' }))
    : e.kind === 'field' && e.holderSystemId ? [{ at: e.id, id: e.holderSystemId, kind: 'system' }]
    : [],
  );
  return [...refs, ...inner]
    .filter((ref) => (ref.kind === 'role' ? !roles.has(ref.id) : byId.get(ref.id)?.kind !== ref.kind))
    .map((ref) => `${ref.at} → ${ref.kind} ${ref.id}`);
}

describe.each(samples.map((sample) => [sample.folder, sample] as const))('sample %s', (_, sample) => {
  it.each(variantFiles(sample))('$file: every activity has step data, every reference resolves to an embedded entry', async ({ file }) => {
    const inspection = await inspectBpmn(readModel(sample, file));
    if (!inspection.ok) throw new Error(inspection.error.code);
    expect(inspection.warnings).toEqual([]);
    expect(inspection.xml).not.toContain('rw:dictionary');
    const { elements } = await definitionsOf(inspection.xml);
    const activities = elements.filter((e) => e.$instanceOf('bpmn:Activity'));
    expect(activities.length).toBeGreaterThan(0);
    for (const activity of activities) {
      const { data, problems } = readStepData(activity);
      expect(problems, activity.id).toEqual([]);
      expect(data?.stepKind, activity.id).toBeDefined();
      expect(data?.normTime, activity.id).toBeDefined();
    }
    expect(unresolved(referencesOf(elements), inspection.dictionary)).toEqual([]);
  });

  it.each(variantFiles(sample))('$file ($kind): every step a person does names its executor, and a proposed variant passes the reengineering checks', async ({ kind, file }) => {
    const inspection = await inspectBpmn(readModel(sample, file));
    if (!inspection.ok) throw new Error(inspection.error.code);
    const { definitions } = await definitionsOf(readModel(sample, file));
    const issues = await lintDefinitions(definitions, { dictionary: inspection.dictionary, variantKind: kind });
    const reengineering = issues.filter((i) => i.rule.startsWith('rw/'));
    expect(reengineering.filter((i) => i.rule === 'rw/executor-required')).toEqual([]);
    if (kind === 'asIs') expect(reengineering.map((i) => i.rule)).toContain('rw/once-only');
    else expect(reengineering).toEqual([]);
  });

  it('the variants describe a shared entry identically, so they merge into one entry per id', async () => {
    const byId = new Map<string, DictionaryEntry>();
    for (const { file } of variantFiles(sample)) {
      const inspection = await inspectBpmn(readModel(sample, file));
      if (!inspection.ok) throw new Error(inspection.error.code);
      for (const entry of inspection.dictionary) {
        expect(byId.get(entry.id) ?? entry, `${file}: ${entry.id}`).toEqual(entry);
        byId.set(entry.id, entry);
      }
    }
    const documents = [...byId.values()].filter((e) => e.kind === 'document');
    expect(new Set(documents.map((d) => d.name)).size).toBe(documents.length);
  });
});

describe('a project created from a sample', () => {
  let db: WorkbenchDb;
  beforeEach(() => {
    db = new WorkbenchDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it.each(samples.map((sample) => [sample.folder, sample] as const))('%s: has the dictionary its files carry, once per entry, and variants without it', async (_, sample) => {
    const { processes, dictionary } = await loadSample(sample);
    const project = await createProjectWithProcesses(db, sample.manifest.project, processes, dictionary);

    const entries = await listDictionary(db, project.id);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(dictionary.map((e) => e.id)));
    expect(entries.filter((e) => e.kind === 'document').length).toBeGreaterThanOrEqual(3);
    expect(entries.every((e) => e.projectId === project.id)).toBe(true);

    const variants = await loadVariantSources(db, project.id);
    expect(variants.map((v) => v.kind).sort()).toEqual(['asIs', 'optimal', 'toBe']);
    for (const variant of variants) {
      expect(variant.xml).not.toContain('rw:dictionary');
      const { elements } = await definitionsOf(variant.xml);
      expect(elements.some((e) => readStepData(e).data)).toBe(true);
      expect(unresolved(referencesOf(elements), entries), variant.kind).toEqual([]);
    }
  });

  it.each(samples.map((sample) => [sample.folder, sample] as const))('%s: writes only records that pass the record checks', async (_, sample) => {
    const { processes, dictionary } = await loadSample(sample);
    await createProjectWithProcesses(db, sample.manifest.project, processes, dictionary);
    expect(await db.dictionary.count()).toBeGreaterThan(0);
    expect(await findDamagedRecords(db)).toEqual([]);
  });

  it.each(samples.map((sample) => [sample.folder, sample] as const))('%s: has an as-is and a to-be journey map of one persona and an interview they cite, every link a step of its variant', async (_, sample) => {
    const { processes, dictionary } = await loadSample(sample);
    const project = await createProjectWithProcesses(db, sample.manifest.project, processes, dictionary);
    const [process] = await listProcesses(db, project.id);
    const maps = (await listJourneyMaps(db, process!.id)).items;
    const [persona] = (await listPersonas(db, project.id)).items;
    const [interview] = (await listInterviews(db, process!.id)).items;
    expect(maps.map((map) => map.variantKind).sort()).toEqual(['asIs', 'toBe']);
    expect(maps.every((map) => map.personaId === persona?.id && map.projectId === project.id)).toBe(true);
    expect(interview?.personaId).toBe(persona?.id);
    const asIs = maps.find((map) => map.variantKind === 'asIs')!;
    const pains = asIs.cards.filter((card) => card.pain);
    expect(pains.length).toBeGreaterThan(0);
    expect(pains.every((card) => card.pain?.interviewId === interview?.id && card.pain?.quote)).toBe(true);
    for (const map of maps) {
      const variant = (await listVariants(db, process!.id)).find((v) => v.kind === map.variantKind)!;
      expect(brokenLinks(map, elementIdsOf(await journeyDiagramFromXml(variant.xml))), map.name).toEqual([]);
      expect(stageEmotions(map).every((value) => value !== null), map.name).toBe(true);
    }
    const [comparison] = compareJourneys(maps);
    const visits = comparison!.rows.find((row) => row.id === 'inPersonVisits')!;
    expect(visits.values.toBe).toBe(0);
    expect(visits.values.asIs).toBeGreaterThanOrEqual(2);
  });
});
