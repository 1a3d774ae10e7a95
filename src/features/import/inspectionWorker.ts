import { transfer, wrap, type Remote } from 'comlink';
import type { BpmnInspectionResult } from '../../domain/bpmnFile';
import type { InspectionApi } from '../../domain/inspectionApi';

let worker: { remote: Remote<InspectionApi>; failed: Promise<never>; end(): void } | null = null;

/**
 * The checks of an imported file, run in a worker of this tab started on first use. A worker that
 * dies (a file that exhausts its memory) fails the check instead of leaving it waiting, and the next
 * file gets a new worker. Where there are no workers (unit tests in Node), the checks run in place.
 */
export async function inspectInWorker(bytes: Uint8Array): Promise<BpmnInspectionResult> {
  if (typeof Worker === 'undefined') return (await import('../../domain/inspectionApi')).inspectionApi.inspectBytes(bytes);
  worker ??= start();
  const current = worker;
  try {
    return await Promise.race([current.remote.inspectBytes(transfer(bytes, [bytes.buffer])), current.failed]);
  } catch (error) {
    if (error instanceof WorkerDied) {
      current.end();
      if (worker === current) worker = null;
    }
    throw error;
  }
}

/**
 * Resolves once the worker runs. Starting a worker needs the page's thread, so work that then holds
 * that thread for long (drawing a large file) waits for this, or the checks would wait for it.
 */
export async function inspectionWorkerStarted(): Promise<void> {
  if (typeof Worker === 'undefined') return;
  worker ??= start();
  await Promise.race([worker.remote.ready(), worker.failed]);
}

class WorkerDied extends Error {}

function start() {
  const raw = new Worker(new URL('../../domain/inspection.worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<never>((_, reject) => {
    raw.addEventListener('error', (event) => reject(new WorkerDied(event.message || 'the check stopped')));
  });
  failed.catch(() => undefined);
  return { remote: wrap<InspectionApi>(raw), failed, end: () => raw.terminate() };
}
