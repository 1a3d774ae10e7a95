import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectBpmn } from './bpmnFile';
import { parseSampleManifest } from './sampleManifest';

const modelsDir = resolve(import.meta.dirname, '../../models');
const folders = readdirSync(modelsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const idsOf = (xml: string) => new Set([...xml.matchAll(/<bpmn:\w+ id="([^"]+)"/g)].map((m) => m[1]));

describe('shipped sample projects', () => {
  it('ships at least two', () => {
    expect(folders.length).toBeGreaterThanOrEqual(2);
  });

  it.each(folders)('%s: manifest parses and every variant imports without warnings', async (folder) => {
    const manifest = parseSampleManifest(JSON.parse(readFileSync(resolve(modelsDir, folder, 'project.json'), 'utf8')));
    for (const process of manifest.processes) {
      expect(Object.keys(process.variants).sort()).toEqual(['asIs', 'optimal', 'toBe']);
      for (const file of Object.values(process.variants)) {
        const result = await inspectBpmn(readFileSync(resolve(modelsDir, folder, file), 'utf8'));
        if (!result.ok) throw new Error(`${folder}/${file}: ${result.error.code}`);
        expect(result.warnings).toEqual([]);
        expect(result.layoutGenerated).toBe(false);
      }
    }
  });

  it.each(folders)('%s: to-be and optimal keep the ids of the as-is steps they keep, and have fewer steps', async (folder) => {
    const manifest = parseSampleManifest(JSON.parse(readFileSync(resolve(modelsDir, folder, 'project.json'), 'utf8')));
    const read = (file: string | undefined) => readFileSync(resolve(modelsDir, folder, file ?? ''), 'utf8');
    const [process] = manifest.processes;
    const asIs = read(process?.variants.asIs);
    const counts: number[] = [];
    for (const file of [process?.variants.asIs, process?.variants.toBe, process?.variants.optimal]) {
      const result = await inspectBpmn(read(file));
      if (result.ok) counts.push(result.flowNodeCount);
    }
    expect(counts[0]).toBeGreaterThan(counts[1]!);
    expect(counts[1]).toBeGreaterThan(counts[2]!);
    const shared = [...idsOf(read(process?.variants.toBe))].filter((id) => idsOf(asIs).has(id));
    expect(shared).toEqual(expect.arrayContaining(['Event_Start', 'Event_End']));
    expect(shared.filter((id) => id?.startsWith('Task_')).length).toBeGreaterThanOrEqual(5);
  });
});
