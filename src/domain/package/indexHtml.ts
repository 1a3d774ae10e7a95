import type { PackageManifest } from './manifest';
import { documentOf, type PackageDocument } from './packageDocuments';

/** The words of the index page, in the package's language (the caller translates). */
export interface IndexTexts {
  title: string;
  created: string;
  process: string;
  variants: Record<string, string>;
  /** What each document is: «Сравнение вариантов и опросный лист МВК», … */
  documents: Record<PackageDocument, string>;
  files: string;
  records: string;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** User text as HTML text: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** A link to a file of the package; paths are checked as safe, and each segment is percent-encoded. */
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * `index.html`: a page a person opens from the unzipped folder, offline, to browse the package. Static:
 * no script, no remote address, every user text escaped; images and files by relative links.
 */
export function indexHtml(manifest: PackageManifest, texts: IndexTexts): string {
  const link = (path: string) => `<a href="${href(path)}">${escapeHtml(path.split('/').at(-1) ?? path)}</a>`;
  // A document gets a line of its own, named, with its XLSX and DOCX; the other files share one line.
  const fileLines = (paths: readonly string[]) => {
    const documents = [...new Set(paths.map(documentOf).filter((document) => document !== null))];
    const others = paths.filter((path) => documentOf(path) === null);
    return [
      ...documents.map((document) => `<p>${escapeHtml(texts.documents[document])}: ${paths.filter((path) => documentOf(path) === document).map(link).join(', ')}</p>`),
      others.length ? `<p>${texts.files}: ${others.map(link).join(', ')}</p>` : '',
    ].join('');
  };
  const projects = manifest.projects.map((project) => {
    const processes = project.processes.map((process) => {
      const variants = process.variants.map((variant) => {
        const image = variant.files.find((path) => path.endsWith('.svg'));
        return `<section><h4>${escapeHtml(texts.variants[variant.kind] ?? variant.kind)}</h4>${image ? `<img src="${href(image)}" alt="${escapeHtml(texts.variants[variant.kind] ?? variant.kind)}">` : ''}<p>${texts.files}: ${variant.files.map(link).join(', ')}</p></section>`;
      });
      return `<article><h3>${escapeHtml(texts.process)}: ${escapeHtml(process.name)}</h3>${variants.join('')}${fileLines(process.files)}</article>`;
    });
    const about = [project.owner, project.serviceName, project.serviceCode].filter(Boolean).map(escapeHtml).join(' · ');
    const own = fileLines(project.files);
    return `<section><h2>${escapeHtml(project.name)}</h2><p>${about}</p>${processes.join('')}${own}<p>${texts.records}: ${link(project.records)}</p></section>`;
  });
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(manifest.language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(texts.title)}</title>`,
    '<style>body{font-family:Arial,sans-serif;margin:2rem;max-width:72rem}img{max-width:100%;border:1px solid #ccc}article{margin:1.5rem 0;padding-top:1rem;border-top:1px solid #ddd}</style>',
    `</head><body><h1>${escapeHtml(texts.title)}</h1><p>${escapeHtml(texts.created)}</p>`,
    ...projects,
    '</body></html>',
  ].join('\n');
}
