import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspectBpmn } from '../src/domain/bpmnFile';
import { applicantCandidates, journeyDiagramFromXml, type JourneyDiagram } from '../src/domain/journey/diagram';
import { generateJourney, type ApplicantChoice } from '../src/domain/journey/generate';
import type { JourneyMap } from '../src/domain/journey/model';

export const modelsDir = resolve(import.meta.dirname, '../models');

/** A sample variant read as the app stores it (through the import checks), with its dictionary's document names. */
export async function sampleVariant(path: string): Promise<{ xml: string; diagram: JourneyDiagram; documentName(ref: string): string }> {
  const inspection = await inspectBpmn(readFileSync(resolve(modelsDir, `${path}.bpmn`), 'utf8'));
  if (!inspection.ok) throw new Error(`${path}: ${inspection.error.code}`);
  const names = new Map(inspection.dictionary.map((entry) => [entry.id, entry.name]));
  return { xml: inspection.xml, diagram: await journeyDiagramFromXml(inspection.xml), documentName: (ref) => names.get(ref) ?? ref };
}

/** Ids that say what they are and in which order they were made: "id1", "id2", … */
export function counterIds(): () => string {
  let next = 0;
  return () => `id${++next}`;
}

/** A whole planned map generated from a sample variant, the applicant chosen as the lanes the app suggests. */
export async function generatedSampleMap(path: string, choice?: ApplicantChoice): Promise<JourneyMap> {
  const { diagram, documentName } = await sampleVariant(path);
  const suggested = applicantCandidates(diagram).filter((candidate) => candidate.suggested && candidate.kind === 'lane');
  const content = generateJourney(diagram, choice ?? { kind: 'lanes', ids: suggested.map((c) => c.id) }, { newId: counterIds(), documentName });
  return { formatVersion: 1, id: `map-${path}`, projectId: 'p1', processId: 'pr1', variantKind: path.endsWith('to-be') ? 'toBe' : 'asIs', personaId: 'persona1', name: path, journey: 'planned', interviewId: null, plannedMapId: null, revision: 1, createdAt: 1, updatedAt: 1, ...content };
}
