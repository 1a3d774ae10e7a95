import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../../domain/bpmnFile';
import { lintDefinitions, type LintContext, type LintIssue } from './lintDefinitions';

const parse = async (xml: string): Promise<ModdleElement> => (await newModdle().fromXML(xml)).rootElement;

/** The parse `prepare` started, for the next check of the same XML only. */
let prepared: { xml: string; definitions: Promise<ModdleElement> } | null = null;

/** The checks of a variant from its XML, as the lint worker runs them (lint.worker.ts); plain data in and out. */
export const lintApi = {
  /**
   * Parses `xml` ahead of its checks: the editor asks while it draws the same XML on the page's thread, so the
   * worker's parse runs beside the drawing instead of after it. Still one parse here: the check uses it.
   */
  prepare(xml: string): void {
    const definitions = parse(xml);
    // A failed parse is the check's to report, if it comes.
    definitions.catch(() => undefined);
    prepared = { xml, definitions };
  },

  async lintXml(xml: string, context: LintContext): Promise<LintIssue[]> {
    const definitions = prepared?.xml === xml ? prepared.definitions : parse(xml);
    prepared = null;
    return lintDefinitions(await definitions, context);
  },
};

export type LintApi = typeof lintApi;
