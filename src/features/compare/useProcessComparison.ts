import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Comparison } from '../../domain/compare/comparison';
import type { TermBounds } from '../../domain/compare/serviceTerm';
import type { DictionaryEntry } from '../../domain/dictionary/dictionary';
import type { Process, Variant, VariantKind } from '../../domain/variant';
import { listDictionary } from '../../storage/dictionaryRepository';
import { listVariants } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';
import { comparisonWorker } from './comparisonWorker';

export interface ProcessComparison {
  comparison: Comparison;
  variants: Partial<Record<VariantKind, Variant>>;
  dictionary: DictionaryEntry[];
}

export type ComparisonState = { status: 'loading' } | { status: 'failed'; reason: string } | ({ status: 'ready' } & ProcessComparison);

/**
 * The comparison of a process's variants, recomputed whenever a variant is saved (in this tab or
 * another) or the dictionary changes: every figure comes from the diagrams as they are stored. The
 * comparison worker does the work; only a diagram it has not parsed lately is parsed again.
 * `termBounds` are the steps the team marked as where each variant's service term starts and ends.
 */
export function useProcessComparison(process: Process, termBounds: Partial<Record<VariantKind, TermBounds>> = {}): ComparisonState {
  const variants = useLiveQuery(() => listVariants(workspaceDb, process.id), [process.id]);
  const dictionary = useLiveQuery(() => listDictionary(workspaceDb, process.projectId), [process.projectId]);
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  // By content: the stored assessment is a new object after every save of any answer.
  const boundsKey = JSON.stringify(termBounds);

  useEffect(() => {
    if (!variants || !dictionary) return;
    let current = true;
    const compute = async () => {
      const byKind: Partial<Record<VariantKind, Variant>> = Object.fromEntries(variants.map((variant) => [variant.kind, variant]));
      const comparison = await comparisonWorker().compare(
        variants.map(({ kind, xml }) => ({ kind, xml })),
        dictionary,
        JSON.parse(boundsKey) as typeof termBounds,
      );
      return { comparison, variants: byKind, dictionary };
    };
    compute().then(
      (ready) => current && setState({ status: 'ready', ...ready }),
      (error: unknown) => current && setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [variants, dictionary, boundsKey]);

  return state;
}
