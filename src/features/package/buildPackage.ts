import type { TFunction } from 'i18next';
import type { BpmnLanguage } from '../../bpmn/translate';
import { emptyAssessment } from '../../domain/compare/assessment';
import { assessedForms } from '../../domain/compare/assessedForms';
import { reportJourneys } from '../../domain/compare/report';
import { embedDictionary } from '../../domain/dictionary/embeddedDictionary';
import { variantStatus } from '../../domain/lifecycle/lifecycle';
import { indexHtml } from '../../domain/package/indexHtml';
import { packageFormat, packageFormatVersion, type PackageManifest, type PackageProcess, type PackageProject } from '../../domain/package/manifest';
import { documentFormats, documentPath, packagedProcesses, packageSteps, processDocuments, projectDocuments, type DocumentFormat, type PackageDocument } from '../../domain/package/packageDocuments';
import { pathSegment } from '../../domain/package/packagePaths';
import { describeFiles, zipPackage, type PackageContent } from '../../domain/package/zipPackage';
import { buildPlanReport, buildRoadmapReport, documentMaker } from '../../domain/plan/planReport';
import type { Report, ReportImage } from '../../domain/report/report';
import { variantKinds, type VariantKind } from '../../domain/variant';
import { approvedRecords } from '../../storage/approvedRecords';
import { readProjectRecords, type ProjectRecords } from '../../storage/projectRecords';
import { recordsFile } from '../../storage/projectRestore';
import { workspaceDb } from '../../storage/workspace';
import { comparisonWorker } from '../compare/comparisonWorker';
import { comparisonReport, diagramKinds } from '../compare/export/comparisonReport';
import { reportImage } from '../compare/export/diagramImages';
import { svgToPng } from '../export/diagramExport';
import { reportToDocx } from '../export/report/docx';
import { readReportAuthor } from '../export/report/useReportAuthor';
import { reportToXlsx } from '../export/report/xlsx';
import { journeySvg, serializeSvg } from '../journey/export/journeySvg';
import { registerJourneyTexts } from '../journey/texts/register';
import { makeFormatter } from '../ui/format';
import { diagramRenderer } from './diagramRenderer';

export const variantFileNames: Record<VariantKind, string> = { asIs: 'as-is', toBe: 'to-be', optimal: 'optimal' };

export interface PackageProgress {
  done: number;
  total: number;
}

export interface BuildOptions {
  projectIds: readonly string[];
  scope: 'all' | 'approved';
  /** The language of the index page, the drawings and the documents. */
  language: BpmnLanguage;
  /** Speaks `language`. */
  t: TFunction;
  onProgress(progress: PackageProgress): void;
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value, null, 2));
const blobBytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
/** The writers of the pages' export buttons (ReportExportButtons). */
const reportWriters: Record<DocumentFormat, (report: Report) => Promise<Blob>> = { xlsx: reportToXlsx, docx: reportToDocx };

/** Names unique within one folder: a second «Приём» becomes «Приём (2)». */
function uniqueNames() {
  const used = new Map<string, number>();
  return (name: string) => {
    const n = (used.get(name.toLocaleLowerCase()) ?? 0) + 1;
    used.set(name.toLocaleLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  };
}

/** What every part of one build shares: the options, the files so far, the drawing, the «Исполнитель» of the documents. */
interface Build {
  options: BuildOptions;
  contents: PackageContent[];
  renderer: ReturnType<typeof diagramRenderer>;
  author: string;
  step(): void;
}

/** A document as XLSX and DOCX beside the other files of `folder`, listed in `files`; a step per file. */
async function addDocument(build: Build, folder: string, document: PackageDocument, report: Report, files: string[]): Promise<void> {
  for (const format of documentFormats) {
    const blob = await reportWriters[format](report);
    const path = documentPath(folder, document, format);
    build.contents.push({ path, bytes: await blobBytes(blob), mediaType: blob.type });
    files.push(path);
    build.step();
  }
}

/**
 * The publication package of one or more projects: every stored record (so an import restores the
 * project exactly), each variant's diagram as BPMN with its dictionary entries, SVG and PNG, the
 * journey maps as JSON, SVG and PNG, the interviews, the plans and passports, the comparison with
 * the МВК questionnaire, the action plans and the roadmap as XLSX and DOCX (packageDocuments.ts),
 * an index page, and the manifest with the SHA-256 of every file and each variant's status. With
 * the scope `approved`, all of it is of the approved and published items only (approvedRecords).
 * Work is reported step by step.
 */
export async function buildPackage(options: BuildOptions): Promise<Blob> {
  registerJourneyTexts();
  const { t, language } = options;
  const read = await Promise.all(options.projectIds.map((id) => readProjectRecords(workspaceDb, id)));
  // Only approved items: the package holds what the portal gets, its records file too (approvedRecords).
  const loaded = options.scope === 'approved' ? read.map(approvedRecords) : read;
  if (options.scope === 'approved' && loaded.every((records) => records.variants.length === 0 && records.actionPlans.length === 0)) throw new Error(t('package.nothingApproved'));
  const steps = packageSteps(loaded);
  let done = 0;
  options.onProgress({ done, total: steps });
  const build: Build = {
    options,
    contents: [],
    renderer: diagramRenderer(language),
    author: await readReportAuthor(),
    step: () => options.onProgress({ done: ++done, total: steps }),
  };
  const { contents } = build;
  const projects: PackageProject[] = [];
  const projectFolder = uniqueNames();
  try {
    for (const records of loaded) {
      const project = records.projects[0]!;
      const folder = projectFolder(pathSegment(project.name, 'project'));
      const recordsPath = `${folder}/records.json`;
      contents.push({ path: recordsPath, bytes: json(recordsFile(records)), mediaType: 'application/json' });
      build.step();
      const processFolder = uniqueNames();
      const processes: PackageProcess[] = [];
      for (const process of packagedProcesses(records)) {
        const base = `${folder}/${processFolder(pathSegment(process.name, 'process'))}`;
        processes.push(await processFiles(build, records, process.id, process.name, base));
      }
      const files: string[] = [];
      const roadmap = records.roadmaps[0];
      if (roadmap) {
        contents.push({ path: `${folder}/roadmap.json`, bytes: json(roadmap), mediaType: 'application/json' });
        files.push(`${folder}/roadmap.json`);
        if (projectDocuments(records).includes('roadmap')) {
          const maker = documentMaker(t, language, build.author);
          const report = buildRoadmapReport({ projectName: project.name, processes: packagedProcesses(records), roadmap, ...maker });
          await addDocument(build, folder, 'roadmap', report, files);
        }
      }
      const { id, name, owner, serviceName, serviceCode, status } = project;
      projects.push({ id, name, owner, serviceName, serviceCode, status, records: recordsPath, files, processes });
    }
  } finally {
    build.renderer.close();
  }
  const manifest: PackageManifest = {
    format: packageFormat,
    formatVersion: packageFormatVersion,
    appVersion: __APP_VERSION__,
    createdAt: new Date().toISOString(),
    language,
    scope: options.scope,
    projects,
    files: [],
  };
  const texts = {
    title: t('package.indexTitle'),
    created: t('package.indexCreated', { date: makeFormatter(t, language).dateTime(Date.parse(manifest.createdAt)) }),
    process: t('package.indexProcess'),
    variants: Object.fromEntries(variantKinds.map((kind) => [kind, t(`variant.${kind}Long`)])),
    documents: { comparison: t('package.document.comparison'), plan: t('package.document.plan'), roadmap: t('package.document.roadmap') },
    files: t('package.indexFiles'),
    records: t('package.indexRecords'),
  };
  contents.push({ path: 'index.html', bytes: encoder.encode(indexHtml(manifest, texts)), mediaType: 'text/html' });
  manifest.files = await describeFiles(contents);
  const zip = zipPackage(manifest, contents);
  build.step();
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

async function processFiles(build: Build, records: ProjectRecords, processId: string, processName: string, base: string): Promise<PackageProcess> {
  const { contents, renderer, author, step } = build;
  const { t, language } = build.options;
  const project = records.projects[0]!;
  const variants = records.variants.filter((v) => v.processId === processId).sort((a, b) => variantKinds.indexOf(a.kind) - variantKinds.indexOf(b.kind));
  // The team's answers and marked term bounds: the figures are the ones the comparison page shows.
  const assessment = records.assessments.find((a) => a.processId === processId) ?? emptyAssessment(project.id, processId);
  const comparison = variants.length ? await comparisonWorker().compare(variants.map(({ kind, xml }) => ({ kind, xml })), records.dictionary, assessment.termBounds) : null;
  const packaged: PackageProcess = { id: processId, name: processName, variants: [], files: [] };
  const images: Partial<Record<VariantKind, ReportImage>> = {};
  for (const variant of variants) {
    const name = `${base}/${variantFileNames[variant.kind]}`;
    const svg = await renderer.svg(variant.xml);
    const png = await blobBytes(await svgToPng(svg));
    images[variant.kind] = reportImage(svg, png);
    contents.push(
      { path: `${name}.bpmn`, bytes: encoder.encode(await embedDictionary(variant.xml, records.dictionary)), mediaType: 'application/xml' },
      { path: `${name}.svg`, bytes: encoder.encode(svg), mediaType: 'image/svg+xml' },
      { path: `${name}.png`, bytes: png, mediaType: 'image/png' },
    );
    const metrics = Object.fromEntries((comparison?.rows ?? []).flatMap((row) => {
      const value = row.values[variant.kind]?.value;
      return typeof value === 'number' ? [[row.id, value]] : [];
    }));
    const status = variantStatus(records.statusChanges.filter((change) => change.processId === processId), variant.kind).status;
    packaged.variants.push({ id: variant.id, kind: variant.kind, status, files: [`${name}.bpmn`, `${name}.svg`, `${name}.png`], metrics });
    step();
  }
  const maps = records.journeyMaps.filter((m) => m.processId === processId);
  const mapName = uniqueNames();
  for (const map of maps) {
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
  const documents = processDocuments(records, processId);
  if (comparison && documents.includes('comparison')) {
    const { proposals, questionnaire } = assessedForms(comparison, assessment);
    const shown = Object.fromEntries(diagramKinds(proposals).flatMap((kind) => (images[kind] ? [[kind, images[kind]]] : [])));
    const journeys = reportJourneys(maps, records.personas);
    const report = comparisonReport({ project, processName, author, comparison, proposals, questionnaire, journeys, images: shown, t, language });
    await addDocument(build, base, 'comparison', report, packaged.files);
  }
  const plan = records.actionPlans.find((p) => p.processId === processId);
  if (plan) {
    contents.push({ path: `${base}/plan.json`, bytes: json(plan), mediaType: 'application/json' });
    packaged.files.push(`${base}/plan.json`);
    if (documents.includes('plan')) {
      const maker = documentMaker(t, language, author);
      await addDocument(build, base, 'plan', buildPlanReport({ processName, plan, ...maker }), packaged.files);
    }
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
