import type { ModdleElement } from 'bpmn-moddle';
import type { Reporter, RuleDefinition, RuleFactory } from 'bpmnlint/lib/types.js';
import type { DictionaryEntry, DocumentEntry, FieldEntry, SystemEntry } from '../../../domain/dictionary/dictionary';
import { readStepData, type StepData } from '../../../domain/stepData/stepData';
import type { VariantKind } from '../../../domain/variant';

/**
 * What bpmnlint hands each reengineering rule: it calls the rule factory with the second item
 * of the rule's config entry, so `'rw/once-only': ['warn', { dictionary, variantKind }]` gives
 * the factory `{ dictionary, variantKind }` (bpmnlint 11, lib/linter.js resolveRule). A rule
 * configured as a bare severity gets `{}`, hence every field is optional here.
 */
export interface ReengineeringRuleConfig {
  dictionary?: readonly DictionaryEntry[];
  variantKind?: VariantKind;
}

export type ReengineeringRuleFactory = (config?: ReengineeringRuleConfig) => RuleDefinition;

/** Parameters of a report, for the UI to fill into the translated message. */
export type ReportParams = Record<string, string>;

/**
 * A report of a reengineering rule: the message is a message key the UI translates, and the
 * parameters ride on the report itself (bpmnlint's reporter spreads a context object into the
 * report it stores, see lib/test-rule.js).
 */
export function reportKey(reporter: Reporter, elementId: string | undefined, key: string, params: ReportParams = {}): void {
  reporter.report(elementId ?? '', key, { params });
}

/** The dictionary by id, with typed lookups. */
export class DictionaryIndex {
  private readonly byId: Map<string, DictionaryEntry>;

  constructor(entries: readonly DictionaryEntry[] = []) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
  }

  field(id: string): FieldEntry | undefined {
    const entry = this.byId.get(id);
    return entry?.kind === 'field' ? entry : undefined;
  }

  document(id: string): DocumentEntry | undefined {
    const entry = this.byId.get(id);
    return entry?.kind === 'document' ? entry : undefined;
  }

  system(id: string): SystemEntry | undefined {
    const entry = this.byId.get(id);
    return entry?.kind === 'system' ? entry : undefined;
  }

  /** The name of the system, or its id when the dictionary does not have it (the UI still shows something). */
  systemName(id: string): string {
    return this.system(id)?.name || id;
  }
}

/** The information system that holds a field's data, if any. */
export function holderOf(field: FieldEntry | undefined): string | undefined {
  const holder = field?.holderSystemId?.trim();
  return holder ? holder : undefined;
}

/** Steps are flow nodes; bpmnlint also walks DI, extension elements and the like. */
export function isStep(node: ModdleElement): boolean {
  return typeof node.$instanceOf === 'function' && node.$instanceOf('bpmn:FlowNode');
}

/** The step data of a flow node, or null when it has none (unknown values are left out, as on import). */
export function stepDataOf(node: ModdleElement): StepData | null {
  return isStep(node) ? readStepData(node).data : null;
}

/** Defines a reengineering rule: a factory over its config, checking each node with step data. */
export function defineRule(
  check: (node: ModdleElement, reporter: Reporter, config: ReengineeringRuleConfig & { index: DictionaryIndex }) => void,
): ReengineeringRuleFactory & RuleFactory {
  return (config: ReengineeringRuleConfig = {}) => {
    const settings = { ...config, index: new DictionaryIndex(config.dictionary ?? []) };
    return { check: (node: ModdleElement, reporter: Reporter) => check(node, reporter, settings) };
  };
}

/** The innermost lane that holds a flow node, found through its process's lane sets. */
export function laneOf(node: ModdleElement): ModdleElement | undefined {
  const search = (laneSets: unknown): ModdleElement | undefined => {
    for (const set of (laneSets as ModdleElement[] | undefined) ?? []) {
      for (const lane of (set.get('lanes') as ModdleElement[] | undefined) ?? []) {
        if (!((lane.get('flowNodeRef') as ModdleElement[] | undefined) ?? []).includes(node)) continue;
        return search([lane.get('childLaneSet')].filter(Boolean)) ?? lane;
      }
    }
    return undefined;
  };
  return node.$parent ? search(node.$parent.get('laneSets')) : undefined;
}

/** Who performs a step, as the model says: its executor role, else the name of its lane ('' if neither). */
export function executorOf(node: ModdleElement, data: StepData): string {
  return data.executorRole?.trim() || laneOf(node)?.name?.replace(/\s+/g, ' ').trim() || '';
}
