import type { ModdleElement } from 'bpmn-moddle';
import Linter from 'bpmnlint/lib/linter.js';
import type { Config, Resolver, RuleFactory } from 'bpmnlint/lib/types.js';
import recommended from 'bpmnlint/config/recommended.js';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process.js';
import conditionalFlows from 'bpmnlint/rules/conditional-flows.js';
import endEventRequired from 'bpmnlint/rules/end-event-required.js';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway.js';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event.js';
import fakeJoin from 'bpmnlint/rules/fake-join.js';
import globalElements from 'bpmnlint/rules/global.js';
import labelRequired from 'bpmnlint/rules/label-required.js';
import linkEvent from 'bpmnlint/rules/link-event.js';
import noBpmndi from 'bpmnlint/rules/no-bpmndi.js';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway.js';
import noDisconnected from 'bpmnlint/rules/no-disconnected.js';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows.js';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork.js';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split.js';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end.js';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start.js';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway.js';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements.js';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event.js';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition.js';
import startEventRequired from 'bpmnlint/rules/start-event-required.js';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event.js';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway.js';
import superfluousLabel from 'bpmnlint/rules/superfluous-label.js';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination.js';
import type { DictionaryEntry } from '../../domain/dictionary/dictionary';
import type { VariantKind } from '../../domain/variant';
import approvalJustified, { approvalJustifiedKey } from './rules/approvalJustified';
import executorRequired, { executorRequiredKey } from './rules/executorRequired';
import onceOnly, { onceOnlyKey } from './rules/onceOnly';
import paperCouldBeInformation, { paperCouldBeInformationKey } from './rules/paperCouldBeInformation';
import type { ReengineeringRuleConfig } from './rules/ruleSupport';
import { completenessRules, isJustStarted } from './justStarted';

/**
 * The rules of bpmnlint's `recommended` config (bpmnlint 11.15, config/recommended.js), each
 * imported above so that the linter resolves them statically: no Node `require`, the same code
 * in the browser bundle and in Vitest. A test checks this list against the installed config.
 * The UI translates each rule's title by these names.
 */
export const recommendedRuleKeys = [
  'ad-hoc-sub-process',
  'conditional-flows',
  'end-event-required',
  'event-based-gateway',
  'event-sub-process-typed-start-event',
  'fake-join',
  'global',
  'label-required',
  'link-event',
  'no-bpmndi',
  'no-complex-gateway',
  'no-disconnected',
  'no-duplicate-sequence-flows',
  'no-gateway-join-fork',
  'no-implicit-split',
  'no-implicit-end',
  'no-implicit-start',
  'no-inclusive-gateway',
  'no-overlapping-elements',
  'single-blank-start-event',
  'single-event-definition',
  'start-event-required',
  'sub-process-blank-start-event',
  'superfluous-gateway',
  'superfluous-label',
  'superfluous-termination',
] as const;
export type RecommendedRuleKey = (typeof recommendedRuleKeys)[number];

const recommendedRules: Record<RecommendedRuleKey, RuleFactory> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global: globalElements,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

/**
 * Recommended rules switched off for our models, with the reason. Everything else keeps the
 * severity the recommended config gives it.
 */
export const disabledRecommendedRules: readonly RecommendedRuleKey[] = [
  // An inclusive gateway ("one or more of these happen") is an honest description of an observed
  // as-is process; bpmnlint discourages it for execution engines, which our models never meet.
  'no-inclusive-gateway',
];

/** The reengineering rules: plug-in "rw" (bpmnlint resolves `rw/x` to package `bpmnlint-plugin-rw`). */
export const reengineeringRules = {
  'rw/once-only': { factory: onceOnly, key: onceOnlyKey },
  'rw/paper-could-be-information': { factory: paperCouldBeInformation, key: paperCouldBeInformationKey },
  'rw/executor-required': { factory: executorRequired, key: executorRequiredKey },
  'rw/approval-justified': { factory: approvalJustified, key: approvalJustifiedKey },
} as const;
export type ReengineeringRule = keyof typeof reengineeringRules;

/** Message keys of the reengineering rules, plus the one for a rule that crashed and the hint for a diagram just begun. */
export const ruleFailedKey = 'ruleFailed';
export const justStartedRule = 'rw/just-started';
export const justStartedKey = 'justStarted';
export type LintMessageKey = (typeof reengineeringRules)[ReengineeringRule]['key'] | RecommendedRuleKey | typeof ruleFailedKey | typeof justStartedKey;

export interface LintIssue {
  /** The element the issue is about ('' when bpmnlint names none). */
  elementId: string;
  /** The rule as bpmnlint names it: "label-required", "rw/once-only". */
  rule: string;
  /** 'info': a hint, not a problem (the diagram is only just begun). */
  category: 'error' | 'warn' | 'info';
  /**
   * What the UI translates: for a reengineering rule its message key ("onceOnly"), for a
   * recommended rule the rule name ("label-required"), "ruleFailed" for a rule that threw.
   */
  key: string;
  /** Values for the translated message; empty for recommended rules. */
  params: Record<string, string>;
  /** bpmnlint's own English text for recommended rules; the key for reengineering rules; the error for a failed rule. */
  message: string;
}

export interface LintContext {
  dictionary: DictionaryEntry[];
  variantKind: VariantKind;
}

const recommendedPackage = 'bpmnlint';
const pluginPackage = 'bpmnlint-plugin-rw';

/** A resolver over the modules imported above, in place of bpmnlint's Node resolver. */
const staticResolver: Resolver = {
  resolveRule(pkg, ruleName) {
    const factory =
      pkg === recommendedPackage ? recommendedRules[ruleName as RecommendedRuleKey]
      : pkg === pluginPackage ? reengineeringRules[`rw/${ruleName}` as ReengineeringRule]?.factory
      : undefined;
    if (!factory) throw new Error(`unknown rule <${pkg}/${ruleName}>`);
    return factory as RuleFactory;
  },
  resolveConfig(pkg, configName) {
    if (pkg === recommendedPackage && configName === 'recommended') return recommended;
    throw new Error(`unknown config <${pkg}/${configName}>`);
  },
};

/** The config: bpmnlint's recommended rules, minus the disabled ones, plus the reengineering rules (all warnings). */
export function lintConfig(context: LintContext): Config {
  const ruleConfig: ReengineeringRuleConfig = { dictionary: context.dictionary, variantKind: context.variantKind };
  return {
    extends: 'bpmnlint:recommended',
    rules: {
      ...Object.fromEntries(disabledRecommendedRules.map((rule) => [rule, 'off'])),
      ...Object.fromEntries(Object.keys(reengineeringRules).map((rule) => [rule, ['warn', ruleConfig]])),
    },
  };
}

/**
 * Lints a variant's definitions (as read with `newModdle()`, so step data is typed). A new
 * linter per call: bpmnlint caches each rule built from its config, and the config carries the
 * dictionary and variant kind of this call. A diagram just begun gets one hint in place of what
 * the completeness rules say about the parts not drawn yet.
 */
export async function lintDefinitions(definitions: ModdleElement, context: LintContext): Promise<LintIssue[]> {
  const linter = new Linter({ resolver: staticResolver });
  const results = await linter.lint(definitions, lintConfig(context));
  const issues = Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((report): LintIssue => {
      if (report.category === 'rule-error') {
        return { elementId: definitions.id ?? '', rule, category: 'error', key: ruleFailedKey, params: { rule }, message: report.message };
      }
      const custom = rule in reengineeringRules;
      return {
        elementId: report.id ?? '',
        rule,
        category: report.category === 'error' ? 'error' : 'warn',
        key: custom ? report.message : rule,
        params: custom ? stringParams(report.params) : {},
        message: report.message,
      };
    }),
  );
  if (!isJustStarted(definitions)) return issues;
  const hint: LintIssue = { elementId: '', rule: justStartedRule, category: 'info', key: justStartedKey, params: {}, message: justStartedKey };
  return [hint, ...issues.filter((issue) => !completenessRules.includes(issue.rule))];
}

function stringParams(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([name, param]) => [name, String(param)]));
}
