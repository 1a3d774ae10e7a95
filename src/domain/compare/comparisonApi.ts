import type { DictionaryEntry } from '../dictionary/dictionary';
import { diffPreparedVariants } from '../diff/diffVariants';
import type { MatchOverride } from '../diff/matchSteps';
import type { VariantDiff } from '../diff/types';
import type { VariantKind } from '../variant';
import { compareVariants, type Comparison } from './comparison';
import type { VariantFacts } from './facts';
import type { TermBounds } from './serviceTerm';
import { cachedVariant } from './variantCache';
import { recentCache } from '../recentCache';
import { summariseDiagram, type DiagramSummary } from '../passport/diagramSummary';
import { factsFromXml } from './facts';

/** The readiness table asks for the diagrams of every process: summaries are small, so many are kept, apart from the parsed variants. */
const cachedSummary = recentCache(40, async (xml: string): Promise<DiagramSummary> => summariseDiagram(await factsFromXml(xml)));

/**
 * The comparison page's work, as the comparison worker runs it (comparison.worker.ts): every
 * variant is parsed once and kept parsed there (cachedVariant), so the page never parses or walks
 * a diagram on the main thread. Arguments and results are plain data.
 */
export const comparisonApi = {
  /** `termBounds`: the steps the team marked as where each variant's service term starts and ends. */
  async compare(
    variants: readonly { kind: VariantKind; xml: string }[],
    dictionary: readonly DictionaryEntry[],
    termBounds: Partial<Record<VariantKind, TermBounds>> = {},
  ): Promise<Comparison> {
    const facts: Partial<Record<VariantKind, VariantFacts>> = {};
    for (const { kind, xml } of variants) facts[kind] = (await cachedVariant(xml)).facts;
    return compareVariants(facts, dictionary, termBounds);
  },

  async diff(oldXml: string, newXml: string, overrides: readonly MatchOverride[]): Promise<VariantDiff> {
    const [before, after] = await Promise.all([cachedVariant(oldXml), cachedVariant(newXml)]);
    return diffPreparedVariants(before.prepared, after.prepared, overrides);
  },

  /** A diagram's steps and whether each records its data, for the completeness checklist. */
  summarise(xml: string): Promise<DiagramSummary> {
    return cachedSummary(xml);
  },
};

export type ComparisonApi = typeof comparisonApi;
