import { createBpmnEditor, type BpmnEditor } from '../../bpmn/createEditor';
import type { BpmnLanguage } from '../../bpmn/translate';

/**
 * One hidden read-only viewer that draws diagram after diagram for files: the SVG bpmn-js writes.
 * `close` removes it; a package build uses one for all its diagrams.
 */
export function diagramRenderer(language: BpmnLanguage): { svg(xml: string): Promise<string>; close(): void } {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:1200px;height:800px;visibility:hidden';
  document.body.appendChild(host);
  const viewer: BpmnEditor = createBpmnEditor({ container: host, language, readOnly: true });
  return {
    async svg(xml) {
      await viewer.importXML(xml);
      return (await viewer.saveSVG()).svg;
    },
    close() {
      viewer.destroy();
      host.remove();
    },
  };
}
