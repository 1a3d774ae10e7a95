import type { DictionaryEntry } from '../../domain/dictionary/dictionary';
import { parseJourneyRecords } from '../../domain/journey/records';
import { parseSampleManifest, type SampleManifest } from '../../domain/sampleManifest';
import type { VariantKind } from '../../domain/variant';
import type { NewProcessContent } from '../../storage/projectRepository';

// Bundled at build time, so the samples open offline like the rest of the app.
const manifests = import.meta.glob<unknown>('/models/*/project.json', { eager: true, import: 'default' });
const diagrams = import.meta.glob<string>('/models/*/*.bpmn', { query: '?raw', import: 'default' });
const journeyFiles = import.meta.glob<unknown>('/models/*/journeys*.json', { import: 'default' });

export interface Sample {
  folder: string;
  manifest: SampleManifest;
}

export const samples: Sample[] = Object.entries(manifests)
  .map(([path, raw]) => ({ folder: path.split('/')[2] ?? path, manifest: parseSampleManifest(raw) }))
  .sort((a, b) => a.folder.localeCompare(b.folder));

export interface LoadedSample {
  processes: NewProcessContent[];
  /** The dictionary entries the variant files carry, for the new project; the variants' XML no longer holds them. */
  dictionary: DictionaryEntry[];
}

/** Reads a sample's variant files through the same checks as an imported file, which also take out the embedded dictionary. */
export async function loadSample(sample: Sample): Promise<LoadedSample> {
  // The BPMN checks bring bpmn-moddle: loaded when a sample is opened, not with the start page.
  const { inspectBpmn } = await import('../../domain/bpmnFile');
  const loaded = await Promise.all(
    sample.manifest.processes.map(async (process) => {
      const variants: Partial<Record<VariantKind, string>> = {};
      const dictionary: DictionaryEntry[] = [];
      for (const [kind, file] of Object.entries(process.variants)) {
        const load = diagrams[`/models/${sample.folder}/${file}`];
        if (!load) throw new Error(`Sample ${sample.folder} lacks ${file}`);
        const inspection = await inspectBpmn(await load());
        if (!inspection.ok) throw new Error(`Sample ${sample.folder}/${file}: ${inspection.error.code}`);
        variants[kind as VariantKind] = inspection.xml;
        dictionary.push(...inspection.dictionary);
      }
      return { content: { name: process.name, variants, journeys: process.journeys ? await loadJourneys(sample, process.journeys) : undefined }, dictionary };
    }),
  );
  return { processes: loaded.map((p) => p.content), dictionary: loaded.flatMap((p) => p.dictionary) };
}

async function loadJourneys(sample: Sample, file: string) {
  const load = journeyFiles[`/models/${sample.folder}/${file}`];
  if (!load) throw new Error(`Sample ${sample.folder} lacks ${file}`);
  const parsed = parseJourneyRecords(await load());
  if (!parsed.ok) throw new Error(`Sample ${sample.folder}/${file}: ${parsed.problems.join('; ')}`);
  return parsed.value;
}
