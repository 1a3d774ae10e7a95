import type { VariantKind } from '../../../domain/variant';
import { defineRule, reportKey, stepDataOf } from './ruleSupport';

export const approvalJustifiedKey = 'approvalJustified';

/** The variants that propose a process; the as-is only records what is observed. */
const proposedVariants: readonly VariantKind[] = ['toBe', 'optimal'];

/**
 * In a to-be or optimal variant, an approval or a collegial decision that stays in the process
 * must say why (fewer decisions by experts and committees; 2015 Rules appendix 2, question 6):
 * the step's decision needs a non-empty rationale. Params `approval` and `collegial`
 * ("true"/"false"), so the message can name which one was kept.
 */
const approvalJustified = defineRule((node, reporter, { variantKind }) => {
  if (!variantKind || !proposedVariants.includes(variantKind)) return;
  const data = stepDataOf(node);
  if (!data || (!data.approval && !data.collegial)) return;
  if (data.decision?.rationale.trim()) return;
  reportKey(reporter, node.id, approvalJustifiedKey, { approval: String(data.approval), collegial: String(data.collegial) });
});

export default approvalJustified;
