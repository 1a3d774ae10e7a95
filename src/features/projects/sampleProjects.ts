import { parseSampleManifest, type SampleManifest } from '../../domain/sampleManifest';
import type { VariantKind } from '../../domain/variant';
import type { NewProcessContent } from '../../storage/projectRepository';

// Bundled at build time, so the samples open offline like the rest of the app.
const manifests = import.meta.glob<unknown>('/models/*/project.json', { eager: true, import: 'default' });
const diagrams = import.meta.glob<string>('/models/*/*.bpmn', { query: '?raw', import: 'default' });

export interface Sample {
  folder: string;
  manifest: SampleManifest;
}

export const samples: Sample[] = Object.entries(manifests)
  .map(([path, raw]) => ({ folder: path.split('/')[2] ?? path, manifest: parseSampleManifest(raw) }))
  .sort((a, b) => a.folder.localeCompare(b.folder));

export async function loadSampleProcesses(sample: Sample): Promise<NewProcessContent[]> {
  return Promise.all(
    sample.manifest.processes.map(async (process) => {
      const variants: Partial<Record<VariantKind, string>> = {};
      for (const [kind, file] of Object.entries(process.variants)) {
        const load = diagrams[`/models/${sample.folder}/${file}`];
        if (!load) throw new Error(`Sample ${sample.folder} lacks ${file}`);
        variants[kind as VariantKind] = await load();
      }
      return { name: process.name, variants };
    }),
  );
}
