import { useEffect, useState } from 'react';
import { createBpmnEditor, type BpmnEditor } from '../../bpmn/createEditor';
import { importWarningTexts } from '../../bpmn/importWarnings';
import type { BpmnLanguage } from '../../bpmn/translate';
import { holdEditLock, listen, announce } from '../../storage/tabSync';
import { getVariant } from '../../storage/variantRepository';
import { VariantSaver, type SaveStatus } from '../../storage/variantSaver';
import { workspaceDb } from '../../storage/workspace';

interface Canvas {
  zoom(level: 'fit-viewport' | number): number;
  viewbox(box?: object): object;
}

/** The flush of an editor that is closing; the next editor of the same variant waits for it. */
const handoffs = new Map<string, Promise<void>>();

export interface SessionProblem {
  reason: string;
  xml: string;
}

export interface VariantSession {
  /** Callback ref for the element the diagram is drawn in. */
  attach(element: HTMLDivElement | null): void;
  editor: BpmnEditor | null;
  /** null while asking whether another tab edits this variant. */
  editable: boolean | null;
  status: SaveStatus;
  /** Why the last save failed: 'quota' when the browser storage is full, else the error's text. */
  saveError: string | null;
  warnings: string[];
  problem: SessionProblem | null;
  reload(): void;
  flush(): Promise<void>;
}

/**
 * One variant open in one bpmn-js instance: loads it, saves every change, and hands over to a
 * new instance when the language changes (bpmn-js cannot switch language live). While another
 * tab edits the variant, shows it read-only and follows that tab's saves.
 */
export function useVariantSession(projectId: string, variantId: string, language: BpmnLanguage): VariantSession {
  const [container, attach] = useState<HTMLDivElement | null>(null);
  const [activeSaver, setActiveSaver] = useState<VariantSaver | null>(null);
  const [editable, setEditable] = useState<boolean | null>(null);
  const [editor, setEditor] = useState<BpmnEditor | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [problem, setProblem] = useState<SessionProblem | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => holdEditLock(variantId, setEditable), [variantId]);

  useEffect(() => {
    if (editable === null || !container) return;
    const host = document.createElement('div');
    host.className = 'canvas-host';
    container.appendChild(host);
    const instance = createBpmnEditor({ container: host, language, readOnly: !editable });
    let alive = true;
    let saver: VariantSaver | null = null;

    const show = async (keepViewbox: boolean) => {
      await handoffs.get(variantId);
      const variant = await getVariant(workspaceDb, variantId);
      if (!alive || !variant) return null;
      const canvas = instance.get<Canvas>('canvas');
      const viewbox = keepViewbox ? canvas.viewbox() : null;
      try {
        const result = await instance.importXML(variant.xml);
        if (!alive) return null;
        if (viewbox) canvas.viewbox(viewbox);
        else canvas.zoom('fit-viewport');
        setWarnings(importWarningTexts(result.warnings));
        setProblem(null);
        return variant;
      } catch (error) {
        if (alive) setProblem({ reason: error instanceof Error ? error.message : String(error), xml: variant.xml });
        return null;
      }
    };

    void show(false).then((variant) => {
      if (!variant || !alive) return;
      if (editable) {
        saver = new VariantSaver(workspaceDb, variantId, variant.revision, {
          status: (next, error) => {
            setStatus(next);
            setSaveError(next === 'error' ? describeSaveError(error) : null);
          },
          saved: (revision) => announce(projectId, { type: 'variantSaved', variantId, revision }),
        });
        setActiveSaver(saver);
        instance.on('commandStack.changed', () => saver?.schedule(async () => (await instance.saveXML({ format: true })).xml ?? ''));
      }
      setStatus('saved');
      setEditor(instance);
    });

    const stopFollowing = editable
      ? () => undefined
      : listen(projectId, (message) => {
          if (message.type === 'variantSaved' && message.variantId === variantId) void show(true);
        });
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') void saver?.flush();
    };
    const flushNow = () => void saver?.flush();
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flushNow);

    return () => {
      alive = false;
      stopFollowing();
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flushNow);
      setEditor((current) => (current === instance ? null : current));
      setActiveSaver((current) => (current === saver ? null : current));
      host.style.display = 'none';
      const closing = (async () => {
        try {
          await saver?.dispose();
        } finally {
          instance.destroy();
          host.remove();
        }
      })();
      handoffs.set(variantId, closing);
      void closing.finally(() => {
        if (handoffs.get(variantId) === closing) handoffs.delete(variantId);
      });
    };
  }, [container, projectId, variantId, editable, language, generation]);

  return {
    attach,
    editor,
    editable,
    status,
    saveError,
    warnings,
    problem,
    reload: () => setGeneration((g) => g + 1),
    flush: async () => activeSaver?.flush(),
  };
}

function describeSaveError(error: unknown): string {
  // Dexie passes the browser's QuotaExceededError on, sometimes wrapped as `inner`.
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((e) => (e as { name?: string } | null)?.name);
  if (names.includes('QuotaExceededError')) return 'quota';
  return error instanceof Error ? error.message : String(error);
}
