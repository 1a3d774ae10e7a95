import { defineRule, executorOf, holderOf, reportKey, stepDataOf } from './ruleSupport';

export const onceOnlyKey = 'onceOnly';

/**
 * Once-only (2024 Rules §5.7, §40: re-collecting data is not allowed): a field typed in by hand
 * at a step although an information system already holds it. One report per such field, with
 * params `field` / `fieldId` and `system` / `systemId` (names for the message, ids for links), and
 * `executor`: who types it (the step's executor role or lane; '' when the model does not say).
 */
const onceOnly = defineRule((node, reporter, { index }) => {
  const data = stepDataOf(node);
  if (!data) return;
  const seen = new Set<string>();
  for (const use of data.fields) {
    if (use.entry !== 'manual' || seen.has(use.ref)) continue;
    const field = index.field(use.ref);
    const holder = holderOf(field);
    if (!field || !holder) continue;
    seen.add(use.ref);
    reportKey(reporter, node.id, onceOnlyKey, { field: field.name, fieldId: field.id, system: index.systemName(holder), systemId: holder, executor: executorOf(node, data) });
  }
});

export default onceOnly;
