import { Zip, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkManifest, checkPackage } from './checkPackage';
import { packageFormat, packageFormatVersion, type PackageManifest } from './manifest';
import { indexHtml } from './indexHtml';
import { isSafePackagePath, pathSegment } from './packagePaths';
import { unzipSafely } from './unzipSafely';
import { describeFiles, zipPackage, type PackageContent } from './zipPackage';

const text = (s: string) => new TextEncoder().encode(s);

async function goodPackage(): Promise<{ manifest: PackageManifest; contents: PackageContent[] }> {
  const contents: PackageContent[] = [
    { path: 'Проект/records.json', bytes: text('{"projects":[]}'), mediaType: 'application/json' },
    { path: 'Проект/Процесс/Как есть.bpmn', bytes: text('<definitions/>'), mediaType: 'application/xml' },
  ];
  const manifest: PackageManifest = {
    format: packageFormat,
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-12-03T10:00:00.000Z',
    language: 'ru',
    scope: 'all',
    projects: [
      {
        id: 'p1',
        name: 'Проект',
        owner: 'МЮ РК',
        serviceName: 'Услуга',
        serviceCode: '700',
        status: 'inProgress',
        records: 'Проект/records.json',
        files: [],
        processes: [{ id: 'pr1', name: 'Процесс', files: [], variants: [{ id: 'v1', kind: 'asIs', status: null, files: ['Проект/Процесс/Как есть.bpmn'], metrics: { steps: 3 } }] }],
      },
    ],
    files: await describeFiles(contents),
  };
  return { manifest, contents };
}

const unzipped = (bytes: Uint8Array) => {
  const result = unzipSafely(bytes);
  if (!result.ok) throw new Error(result.problem.code);
  return result.entries;
};

describe('the package', () => {
  it('zipped and read back passes every check, Cyrillic names included', async () => {
    const { manifest, contents } = await goodPackage();
    const checked = await checkPackage(unzipped(zipPackage(manifest, contents)));
    expect(checked).toEqual({ ok: true, manifest });
  });

  it('refuses a manifest that fails the schema, naming where', async () => {
    const { manifest } = await goodPackage();
    const bad = { ...manifest, projects: [{ ...manifest.projects[0]!, processes: [{ id: 'x', name: 'y', files: [], variants: [{ kind: 'future' }] }] }] };
    const result = checkManifest(bad);
    expect(result.ok).toBe(false);
    if (!result.ok && result.problem.code === 'manifestInvalid') expect(result.problem.details.join(' ')).toContain('/projects/0/processes/0/variants/0');
    expect(checkManifest({ ...manifest, extra: 1 }).ok).toBe(false);
    for (const path of ['../x', 'a/../b', '/abs', 'a//b', 'a\\b', './a']) {
      expect(checkManifest({ ...manifest, files: [{ path, sha256: 'a'.repeat(64), size: 1, mediaType: 'x' }] }).ok, path).toBe(false);
    }
    expect(checkManifest({ ...manifest, files: [{ path: 'a/.hidden/b..c', sha256: 'a'.repeat(64), size: 1, mediaType: 'x' }] }).ok).toBe(true);
  });

  it('says which format version a newer package needs, and refuses what is not a package', async () => {
    const { manifest } = await goodPackage();
    expect(checkManifest({ ...manifest, formatVersion: 3 })).toEqual({ ok: false, problem: { code: 'newerFormat', version: 3, supported: 1 } });
    expect(checkManifest({ format: 'something-else' })).toEqual({ ok: false, problem: { code: 'notAPackage' } });
  });

  it('refuses missing, altered, unlisted and doubly listed files, and a reference to an unlisted file', async () => {
    const { manifest, contents } = await goodPackage();
    const check = async (m: PackageManifest, c: PackageContent[]) => (await checkPackage(unzipped(zipPackage(m, c)))) as { ok: false; problem: { code: string } };
    expect((await check(manifest, contents.slice(1))).problem.code).toBe('missingFile');
    expect((await check(manifest, [{ ...contents[0]!, bytes: text('{"projects":[1]}') }, contents[1]!])).problem.code).toBe('wrongChecksum');
    expect((await check(manifest, [...contents, { path: 'extra.html', bytes: text('<p>'), mediaType: 'text/html' }])).problem.code).toBe('unlistedFile');
    expect((await check({ ...manifest, files: [...manifest.files, manifest.files[0]!] }, contents)).problem.code).toBe('listedTwice');
    const dangling = { ...manifest, projects: [{ ...manifest.projects[0]!, records: 'nowhere.json' }] };
    expect((await check(dangling, contents)).problem.code).toBe('referenceUnlisted');
    expect((await checkPackage(new Map())) as { ok: false; problem: { code: string } }).toMatchObject({ problem: { code: 'noManifest' } });
    expect((await checkPackage(new Map([['manifest.json', text('{not json')]]))) as { ok: false; problem: { code: string } }).toMatchObject({ problem: { code: 'manifestNotJson' } });
  });
});

const texts = {
  title: 'Пакет',
  created: 'Создан',
  process: 'Процесс',
  variants: { asIs: 'Как есть' },
  documents: { comparison: 'Сравнение и опросный лист МВК', plan: 'План мероприятий', roadmap: 'Дорожная карта' },
  files: 'Файлы',
  records: 'Записи',
};

/** A version 1 package as this build writes it: the documents are files of the process and of the project, like any other. */
async function packageWithDocuments(): Promise<{ manifest: PackageManifest; contents: PackageContent[] }> {
  const { manifest, contents } = await goodPackage();
  const documents = ['Проект/Процесс/comparison.xlsx', 'Проект/Процесс/comparison.docx', 'Проект/Процесс/plan.xlsx', 'Проект/Процесс/plan.docx', 'Проект/roadmap.xlsx', 'Проект/roadmap.docx'];
  const all = [...contents, ...documents.map((path) => ({ path, bytes: text(`PK ${path}`), mediaType: 'application/octet-stream' }))];
  const [project] = manifest.projects;
  const process = project!.processes[0]!;
  return {
    manifest: { ...manifest, projects: [{ ...project!, files: documents.slice(4), processes: [{ ...process, files: documents.slice(0, 4) }] }], files: await describeFiles(all) },
    contents: all,
  };
}

describe('the documents in a package', () => {
  it('are listed in the manifest of format version 1 and pass its schema and checks: a compatible addition', async () => {
    const { manifest, contents } = await packageWithDocuments();
    expect(manifest.formatVersion).toBe(packageFormatVersion);
    expect(await checkPackage(unzipped(zipPackage(manifest, contents)))).toEqual({ ok: true, manifest });
    // A document named in the manifest but missing from its files is refused like any file.
    const withoutPlan = { ...manifest, files: manifest.files.filter((file) => !file.path.endsWith('plan.docx')) };
    const check = (await checkPackage(unzipped(zipPackage(withoutPlan, contents.filter((c) => !c.path.endsWith('plan.docx')))))) as { ok: false; problem: { code: string; path: string } };
    expect(check.problem).toEqual({ code: 'referenceUnlisted', path: 'Проект/Процесс/plan.docx' });
  });

  it('a package made before the documents (no .xlsx, .docx) still passes', async () => {
    const { manifest, contents } = await goodPackage();
    expect(manifest.projects[0]!.files).toEqual([]);
    expect((await checkPackage(unzipped(zipPackage(manifest, contents)))).ok).toBe(true);
  });

  it('are linked from the index page, each on a line of its own, named', async () => {
    const { manifest } = await packageWithDocuments();
    const html = indexHtml(manifest, texts);
    const line = (label: string, ...names: string[]) => `<p>${label}: ${names.map((name) => `<a href="${encodeURIComponent('Проект')}/${name.includes('roadmap') ? '' : `${encodeURIComponent('Процесс')}/`}${name}">${name}</a>`).join(', ')}</p>`;
    expect(html).toContain(line('Сравнение и опросный лист МВК', 'comparison.xlsx', 'comparison.docx'));
    expect(html).toContain(line('План мероприятий', 'plan.xlsx', 'plan.docx'));
    expect(html).toContain(line('Дорожная карта', 'roadmap.xlsx', 'roadmap.docx'));
    expect(html).not.toMatch(/Файлы: [^<]*<a[^>]*>comparison/);
  });
});

describe('the index page', () => {
  it('is static and shows user text as text: no script, no markup from names, links into the package', async () => {
    const { manifest } = await goodPackage();
    const hostile = { ...manifest, projects: [{ ...manifest.projects[0]!, name: '<script>alert(1)</script>', owner: '" onmouseover="x' }] };
    const html = indexHtml(hostile, texts);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('" onmouseover');
    expect(html).toContain(`href="${encodeURIComponent('Проект')}/${encodeURIComponent('Процесс')}/${encodeURIComponent('Как есть.bpmn')}"`);
    expect(html).toContain("default-src 'none'");
  });
});

describe('reading a zip', () => {
  it('refuses what is not a zip, and a truncated one', () => {
    expect(unzipSafely(text('just text'))).toEqual({ ok: false, problem: { code: 'notZip' } });
    const zip = zipSync({ 'a.txt': text('x'.repeat(10_000)) });
    expect(unzipSafely(zip.subarray(0, 60)).ok).toBe(false);
  });

  it('refuses a path that leaves the package or is absolute', () => {
    for (const path of ['../evil.txt', '/etc/passwd', 'a/../../b', 'C:\\x', 'a//b']) {
      const result = unzipSafely(zipSync({ [path]: text('x') }));
      expect(result.ok ? 'read' : result.problem.code, path).toMatch(/unsafePath|notZip|corrupt/);
    }
    expect(isSafePackagePath('Проект/Схема.bpmn')).toBe(true);
    expect(pathSegment('  ../Схема: «как есть»?  ', 'x')).toBe('_Схема_ «как есть»_');
  });

  it('stops a zip bomb by counting what comes out, before it is all inflated', () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(unzipSafely(bomb, { entries: 10, totalBytes: 1024 * 1024, entryBytes: 1024 * 1024 })).toEqual({ ok: false, problem: { code: 'tooLarge', limit: 1024 * 1024 } });
    const many = zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.txt`, text('x')])));
    expect(unzipSafely(many, { entries: 10, totalBytes: 1e9, entryBytes: 1e9 })).toEqual({ ok: false, problem: { code: 'tooManyEntries', limit: 10 } });
  });

  it('refuses a zip with the same name twice', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const content of ['first', 'second']) {
      const file = new ZipPassThrough('same.txt');
      zip.add(file);
      file.push(text(content), true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) bytes.set(chunk, (offset += chunk.length) - chunk.length);
    expect(unzipSafely(bytes)).toEqual({ ok: false, problem: { code: 'duplicateEntry', path: 'same.txt' } });
  });
});
