import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const asset = (name: string) => require.resolve(`bpmn-js/dist/${name}`);

/** Where the canvas sits in the page: the same place, to the fraction of a pixel, draws the same pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * bpmn-js as its own distribution shows it, with none of the app's styles: the reference the app's
 * canvas is compared with. The page gets the app's font, language and full-height page only, which the app may set;
 * `viewport` is the transform of the app's diagram layer, so the diagram sits where the app's does.
 */
export async function openPlainModeler(
  page: Page,
  { xml, box, viewport, translations }: { xml: string; box: Box; viewport: string; translations: Record<string, string> },
): Promise<void> {
  await page.setContent(
    `<!doctype html><html lang="ru" style="height:100%"><body style="height:100%;margin:0;font:14px system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif">` +
      `<div id="canvas" style="position:absolute;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px"></div></body></html>`,
  );
  for (const css of ['assets/diagram-js.css', 'assets/bpmn-js.css', 'assets/bpmn-font/css/bpmn-embedded.css']) await page.addStyleTag({ path: asset(css) });
  await page.addScriptTag({ path: asset('bpmn-modeler.development.js') });
  await page.evaluate(
    async ({ xml, viewport, translations }) => {
      const translate = (template: string, replacements: Record<string, string> = {}) =>
        (translations[template] || template).replace(/\{([^{}]+)\}/g, (match, key: string) => replacements[key] ?? match);
      type Modeler = { importXML(xml: string): Promise<unknown>; get(name: 'canvas'): { viewbox(box: object): void } };
      const { BpmnJS } = window as unknown as { BpmnJS: new (options: object) => Modeler };
      const modeler = new BpmnJS({ container: '#canvas', additionalModules: [{ translate: ['value', translate] }] });
      await modeler.importXML(xml);
      const [scale = 1, , , , dx = 0, dy = 0] = (/matrix\(([^)]*)\)/.exec(viewport)?.[1] ?? '').split(/[ ,]+/).map(Number);
      const { width, height } = document.getElementById('canvas')!.getBoundingClientRect();
      modeler.get('canvas').viewbox({ x: -dx / scale, y: -dy / scale, width: width / scale, height: height / scale });
    },
    { xml, viewport, translations },
  );
}

/**
 * The share of pixels that differ between two PNG screenshots of about the same control, counted in
 * the browser so no image library is needed. A control placed at another fraction of a pixel may come
 * out a pixel larger and shifted, so the best of the offsets up to one pixel counts (1 when the sizes
 * differ by more). Channels within `tolerance` count as equal, which absorbs anti-aliasing.
 */
export async function differingShare(page: Page, a: Buffer, b: Buffer, tolerance = 48): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const decode = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (Math.abs(x.width - y.width) > 1 || Math.abs(x.height - y.height) > 1) return 1;
      const width = Math.min(x.width, y.width) - 1;
      const height = Math.min(x.height, y.height) - 1;
      const shares: number[] = [];
      for (const dx of [0, 1]) {
        for (const dy of [0, 1]) {
          for (const [p, q] of [[x, y], [y, x]] as const) {
            let differing = 0;
            for (let row = 0; row < height; row++) {
              for (let col = 0; col < width; col++) {
                const i = (row * p.width + col) * 4;
                const j = ((row + dy) * q.width + col + dx) * 4;
                if ([0, 1, 2, 3].some((c) => Math.abs(p.data[i + c]! - q.data[j + c]!) > tolerance)) differing++;
              }
            }
            shares.push(differing / (width * height));
          }
        }
      }
      return Math.min(...shares);
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
}
