import { documentForms } from '../../../domain/stepData/stepData';
import { defineRule, holderOf, reportKey, stepDataOf } from './ruleSupport';

export const paperCouldBeInformationKey = 'paperCouldBeInformation';

type DocumentForm = (typeof documentForms)[number];
const paperForms: readonly DocumentForm[] = ['paperOriginal', 'paperCopy', 'scan'];

/**
 * A paper document (original, copy or scan) taken in at a step although every field it carries
 * is held by an information system: it could become a "form of information" (форма сведений)
 * the system supplies. Params `document` (name) and `documentId`.
 */
const paperCouldBeInformation = defineRule((node, reporter, { index }) => {
  const data = stepDataOf(node);
  if (!data) return;
  const seen = new Set<string>();
  for (const use of data.documents) {
    if (use.direction !== 'input' || !use.form || !paperForms.includes(use.form) || seen.has(use.ref)) continue;
    const document = index.document(use.ref);
    if (!document || document.fieldIds.length === 0) continue;
    if (!document.fieldIds.every((id) => holderOf(index.field(id)) !== undefined)) continue;
    seen.add(use.ref);
    reportKey(reporter, node.id, paperCouldBeInformationKey, { document: document.name, documentId: document.id });
  }
});

export default paperCouldBeInformation;
