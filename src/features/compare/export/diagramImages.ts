import { diagramSvg } from '../../../bpmn/hiddenViewer';
import type { ReportImage } from '../../../domain/report/report';
import type { Variant, VariantKind } from '../../../domain/variant';
import { svgToPng } from '../../export/diagramExport';

/** The variants' diagrams as PNG for the exported forms; a variant that cannot be drawn is left out (the form says it is missing). */
export async function diagramImages(variants: Partial<Record<VariantKind, Variant>>, kinds: readonly VariantKind[]): Promise<Partial<Record<VariantKind, ReportImage>>> {
  const images: Partial<Record<VariantKind, ReportImage>> = {};
  for (const kind of kinds) {
    const variant = variants[kind];
    if (!variant) continue;
    try {
      images[kind] = await pngOf(await diagramSvg(variant.xml));
    } catch {
      // Drawn for a document only: the page and the files go on without this picture.
    }
  }
  return images;
}

async function pngOf(svg: string): Promise<ReportImage> {
  return reportImage(svg, new Uint8Array(await (await svgToPng(svg)).arrayBuffer()));
}

/** A diagram drawn as `png` from `svg`, at the size the SVG states, for a document. */
export function reportImage(svg: string, png: Uint8Array): ReportImage {
  const size = (name: string) => Number(new RegExp(`<svg[^>]*\\s${name}="([\\d.]+)"`).exec(svg)?.[1] ?? 0);
  return { png, width: size('width') || 800, height: size('height') || 600 };
}
