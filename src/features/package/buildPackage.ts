import type { TFunction } from 'i18next';
import type { BpmnLanguage } from '../../bpmn/translate';
import { embedDictionary } from '../../domain/dictionary/embeddedDictionary';
import { isLive } from '../../domain/trash';
import { indexHtml } from '../../domain/package/indexHtml';
import { packageFormat, packageFormatVersion, type PackageManifest, type PackageProcess, type PackageProject } from '../../domain/package/manifest';
import { pathSegment } from '../../domain/package/packagePaths';
import { describeFiles, zipPackage, type PackageContent } from '../../domain/package/zipPackage';
import { variantKinds, type VariantKind } from '../../domain/variant';
import { readProjectRecords, type ProjectRecords } from '../../storage/projectRecords';
import { approvedRecords } from '../../storage/approvedRecords';
import { variantStatus } from '../../domain/lifecycle/lifecycle';
import { recordsFile } from '../../storage/projectRestore';
import { workspaceDb } from '../../storage/workspace';
import { comparisonWorker } from '../compare/comparisonWorker';
import { svgToPng } from '../export/diagramExport';
import { makeFormatter } from '../ui/format';
import { journeySvg, serializeSvg } from '../journey/export/journeySvg';
import { registerJourneyTexts } from '../journey/texts/register';
import { diagramRenderer } from './diagramRenderer';

export const variantFileNames: Record<VariantKind, string> = { asIs: 'as-is', toBe: 'to-be', optimal: 'optimal' };

export interface PackageProgress {
  done: number;
  total: number;
}

export interface BuildOptions {
  projectIds: readonly string[];
  scope: 'all' | 'approved';
  language: BpmnLanguage;
  t: TFunction;
  onProgress(progress: PackageProgress): void;
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value, null, 2));
const blobBytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** Names unique within one folder: a second «Приём» becomes «Приём (2)». */
function uniqueNames() {
  const used = new Map<string, number>();
  return (name: string) => {
    const n = (used.get(name.toLocaleLowerCase()) ?? 0) + 1;
    used.set(name.toLocaleLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  };
}

/**
 * The publication package of one or more projects: every stored record (so an import restores the
 * project exactly), each variant's diagram as BPMN with its dictionary entries, SVG and PNG, the
 * journey maps as JSON, SVG and PNG, the interviews, the plans and passports, an index page, and the
 * manifest with the SHA-256 of every file and each variant's status. With the scope `approved`, all
 * of it is of the approved and published items only (approvedRecords). Work is reported step by step.
 */
export async function buildPackage(options: BuildOptions): Promise<Blob> {
  registerJourneyTexts();
  const { t } = options;
  const read = await Promise.all(options.projectIds.map((id) => readProjectRecords(workspaceDb, id)));
  // Only approved items: the package holds what the portal gets, its records file too (approvedRecords).
  const loaded = options.scope === 'approved' ? read.map(approvedRecords) : read;
  if (options.scope === 'approved' && loaded.every((records) => records.variants.length === 0 && records.actionPlans.length === 0)) throw new Error(t('package.nothingApproved'));
  const steps = loaded.reduce((n, records) => n + 1 + records.variants.length + records.journeyMaps.length, 1);
  let done = 0;
  const step = () => options.onProgress({ done: ++done, total: steps });
  options.onProgress({ done, total: steps });
  const renderer = diagramRenderer(options.language);
  const contents: PackageContent[] = [];
  const projects: PackageProject[] = [];
  const projectFolder = uniqueNames();
  try {
    for (const records of loaded) {
      const project = records.projects[0]!;
      const folder = projectFolder(pathSegment(project.name, 'project'));
      const recordsPath = `${folder}/records.json`;
      contents.push({ path: recordsPath, bytes: json(recordsFile(records)), mediaType: 'application/json' });
      step();
      const processFolder = uniqueNames();
      const processes: PackageProcess[] = [];
      for (const process of records.processes.filter(isLive).sort((a, b) => a.position - b.position)) {
        const base = `${folder}/${processFolder(pathSegment(process.name, 'process'))}`;
        processes.push(await processFiles(records, process.id, process.name, base, contents, renderer, options, step));
      }
      const files: string[] = [];
      const roadmap = records.roadmaps[0];
      if (roadmap) {
        contents.push({ path: `${folder}/roadmap.json`, bytes: json(roadmap), mediaType: 'application/json' });
        files.push(`${folder}/roadmap.json`);
      }
      const { id, name, owner, serviceName, serviceCode, status } = project;
      projects.push({ id, name, owner, serviceName, serviceCode, status, records: recordsPath, files, processes });
    }
  } finally {
    renderer.close();
  }
  const manifest: PackageManifest = {
    format: packageFormat,
    formatVersion: packageFormatVersion,
    appVersion: __APP_VERSION__,
    createdAt: new Date().toISOString(),
    language: options.language,
    scope: options.scope,
    projects,
    files: [],
  };
  const texts = {
    title: t('package.indexTitle'),
    created: t('package.indexCreated', { date: makeFormatter(t, options.language).dateTime(Date.parse(manifest.createdAt)) }),
    process: t('package.indexProcess'),
    variants: Object.fromEntries(variantKinds.map((kind) => [kind, t(`variant.${kind}Long`)])),
    files: t('package.indexFiles'),
    records: t('package.indexRecords'),
  };
  contents.push({ path: 'index.html', bytes: encoder.encode(indexHtml(manifest, texts)), mediaType: 'text/html' });
  manifest.files = await describeFiles(contents);
  const zip = zipPackage(manifest, contents);
  step();
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

async function processFiles(
  records: ProjectRecords,
  processId: string,
  processName: string,
  base: string,
  contents: PackageContent[],
  renderer: ReturnType<typeof diagramRenderer>,
  { t, language }: BuildOptions,
  step: () => void,
): Promise<PackageProcess> {
  const variants = records.variants.filter((v) => v.processId === processId).sort((a, b) => variantKinds.indexOf(a.kind) - variantKinds.indexOf(b.kind));
  const comparison = variants.length ? await comparisonWorker().compare(variants.map(({ kind, xml }) => ({ kind, xml })), records.dictionary) : null;
  const packaged: PackageProcess = { id: processId, name: processName, variants: [], files: [] };
  for (const variant of variants) {
    const name = `${base}/${variantFileNames[variant.kind]}`;
    const svg = await renderer.svg(variant.xml);
    contents.push(
      { path: `${name}.bpmn`, bytes: encoder.encode(await embedDictionary(variant.xml, records.dictionary)), mediaType: 'application/xml' },
      { path: `${name}.svg`, bytes: encoder.encode(svg), mediaType: 'image/svg+xml' },
      { path: `${name}.png`, bytes: await blobBytes(await svgToPng(svg)), mediaType: 'image/png' },
    );
    const metrics = Object.fromEntries((comparison?.rows ?? []).flatMap((row) => {
      const value = row.values[variant.kind]?.value;
      return typeof value === 'number' ? [[row.id, value]] : [];
    }));
    const status = variantStatus(records.statusChanges.filter((change) => change.processId === processId), variant.kind).status;
    packaged.variants.push({ id: variant.id, kind: variant.kind, status, files: [`${name}.bpmn`, `${name}.svg`, `${name}.png`], metrics });
    step();
  }
  const mapName = uniqueNames();
  for (const map of records.journeyMaps.filter((m) => m.processId === processId)) {
    const name = `${base}/journeys/${mapName(pathSegment(`${variantFileNames[map.variantKind]} - ${map.name}`, 'map'))}`;
    const persona = records.personas.find((p) => p.id === map.personaId)?.name ?? '';
    const svg = serializeSvg(journeySvg(map, { title: `${t('journey.exportTitle')}: ${map.name}`, subtitle: [processName, t(`variant.${map.variantKind}Long`), persona].filter(Boolean).join(' · ') }, t, language));
    contents.push(
      { path: `${name}.json`, bytes: json(map), mediaType: 'application/json' },
      { path: `${name}.svg`, bytes: encoder.encode(svg), mediaType: 'image/svg+xml' },
      { path: `${name}.png`, bytes: await blobBytes(await svgToPng(svg)), mediaType: 'image/png' },
    );
    packaged.files.push(`${name}.json`, `${name}.svg`, `${name}.png`);
    step();
  }
  const plan = records.actionPlans.find((p) => p.processId === processId);
  if (plan) {
    contents.push({ path: `${base}/plan.json`, bytes: json(plan), mediaType: 'application/json' });
    packaged.files.push(`${base}/plan.json`);
  }
  const passport = records.passports.find((p) => p.processId === processId);
  if (passport) {
    contents.push({ path: `${base}/passport.json`, bytes: json(passport), mediaType: 'application/json' });
    packaged.files.push(`${base}/passport.json`);
  }
  const interviews = records.interviews.filter((i) => i.processId === processId);
  if (interviews.length) {
    contents.push({ path: `${base}/interviews.json`, bytes: json(interviews), mediaType: 'application/json' });
    packaged.files.push(`${base}/interviews.json`);
  }
  return packaged;
}
