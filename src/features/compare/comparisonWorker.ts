import { wrap, type Remote } from 'comlink';
import type { ComparisonApi } from '../../domain/compare/comparisonApi';

let remote: Remote<ComparisonApi> | null = null;

/**
 * The one comparison worker of this tab, started on first use. It keeps the variants it parsed, so
 * a save re-parses only the variant saved, and another diff pair re-parses nothing.
 */
export function comparisonWorker(): Remote<ComparisonApi> {
  remote ??= wrap<ComparisonApi>(new Worker(new URL('../../domain/compare/comparison.worker.ts', import.meta.url), { type: 'module' }));
  return remote;
}
