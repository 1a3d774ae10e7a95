import { newModdle } from '../../domain/bpmnFile';
import { lintDefinitions, type LintContext, type LintIssue } from './lintDefinitions';

/** The checks of a variant from its XML, as the lint worker runs them (lint.worker.ts); plain data in and out. */
export const lintApi = {
  async lintXml(xml: string, context: LintContext): Promise<LintIssue[]> {
    const { rootElement } = await newModdle().fromXML(xml);
    return lintDefinitions(rootElement, context);
  },
};

export type LintApi = typeof lintApi;
