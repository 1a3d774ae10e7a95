import { defineRule, reportKey, stepDataOf } from './ruleSupport';

export const executorRequiredKey = 'executorRequired';

/** Task types a system performs by definition: they have no human executor. */
const automaticTypes = ['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];

/**
 * Every activity (task, sub-process, call activity) names the business role that performs it
 * (2024 Rules §32.2: all stakeholders of the process), unless the step is automatic: its step
 * kind is "automatic" or its BPMN type is a service, script or business-rule task. No params.
 */
const executorRequired = defineRule((node, reporter) => {
  if (!node.$instanceOf('bpmn:Activity')) return;
  if (automaticTypes.some((type) => node.$instanceOf(type))) return;
  const data = stepDataOf(node);
  if (data?.stepKind === 'automatic' || data?.executorRole) return;
  reportKey(reporter, node.id, executorRequiredKey);
});

export default executorRequired;
