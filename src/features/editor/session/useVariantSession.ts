import i18next from 'i18next';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createStore, type StoreApi } from 'zustand';
import { createBpmnEditor, type BpmnEditor } from '../../../bpmn/createEditor';
import type { DeferredPlanes } from '../../../bpmn/planes';
import { takeEarlyDrawing, type DrawnEditor } from '../../../bpmn/earlyDrawing';
import type { FitView } from '../../../bpmn/fit';
import { importShowing } from '../../../bpmn/importShowing';
import { importWarnings } from '../../../bpmn/importWarnings';
import { prepareSaves, saveXMLInSlices, saveXMLNow, writeCheckingAll } from '../../../bpmn/save/slicedSaveXML';
import { piecesFor, type TextPieces } from '../../../bpmn/save/textPieces';
import type { BpmnWarning } from '../../../domain/bpmnWarnings';
import type { BpmnLanguage, EditorLanguage } from '../../../bpmn/translate';
import { AutoVersions } from '../../../storage/autoVersions';
import { checkAfterPause } from './checkAfterPause';
import type { SaveState } from './saveState';
import { savingShownLate } from './savingShownLate';
import { EditFrame } from '../../../bpmn/editFrame';
import { trackPendingWork } from '../../../storage/pendingSaves';
import { announce, holdEditLock, isEditWanted, listen } from '../../../storage/tabSync';
import { getVariant, replaceVariantXml, VariantContentError } from '../../../storage/variantRepository';
import { VariantSaver, type SaveProblem, type WrittenXml } from '../../../storage/variantSaver';
import { addVersion, getAutoVersionLimit, replaceKeepingCurrent, setVersionContent, versionXml } from '../../../storage/versionRepository';
import { workspaceDb } from '../../../storage/workspace';
import { Drafts } from '../../ui/drafts';
import { showError, showInfo } from '../../ui/toastStore';

const noWarnings: BpmnWarning[] = [];

interface View {
  x: number;
  y: number;
  scale: number;
}

interface Canvas {
  viewbox(): View & { outer: { width: number; height: number } };
  viewbox(box: object): void;
  getSize(): { width: number; height: number };
  resized(): void;
}

/** Puts the view back at `view`'s place and zoom, in the canvas's size now. */
const restoreView = (canvas: Canvas, { x, y, scale }: View) => {
  const { width, height } = canvas.getSize();
  canvas.viewbox({ x, y, width: width / scale, height: height / scale });
};

/** The flush of an editor that is closing; the next editor of the same variant waits for it. */
const handoffs = new Map<string, Promise<void>>();
/** Content an editor could not store before it closed (disk full): the next editor of the variant starts from it. */
const leftovers = new Map<string, { xml: string; revision: number }>();

export interface SessionProblem {
  /** What bpmn-js said, or the key of the app's own text (translated where it is shown, so a language switch retells it). */
  reason: string | { key: 'editor.diagramDamaged' };
  xml: string;
}

/** This tab's content when another write to the variant was found; kept as a version and shown read-only. */
export interface SessionConflict {
  versionId: string;
  mineXml: string;
}

/** What the editor offers only while this tab may write the variant. */
interface EditingHandle {
  saver: VariantSaver;
  versions: AutoVersions;
  serialize(): Promise<string>;
  reloadAfterWrite(revision: number): void;
  /** The variant is left while its editor stays open: records what was typed, stores it, keeps the automatic version. */
  leave(): Promise<void>;
}

export interface SessionOptions {
  diagramId?: string;
  locked?: boolean | null;
  /** False while the editor is kept open but hidden behind another variant's tab. */
  shown?: boolean;
  /** Called while hidden when another browser tab waits to edit the variant, so this editor can close. */
  onReleaseWanted?(): void;
}

export interface VariantSession {
  /** Callback ref for the element the diagram is drawn in. */
  attach(element: HTMLDivElement | null): void;
  editor: BpmnEditor | null;
  /** What every save changes (`SaveState`), read by what shows it: the status and the checks. */
  saves: StoreApi<SaveState>;
  /** null while asking whether another tab edits this variant; false while another tab does. */
  lockHeld: boolean | null;
  /** This tab edits the variant now: it holds the lock, no conflict is open, the diagram is drawn. */
  editable: boolean;
  /** Text typed in a box and not yet applied: the status says pending while there is some. */
  drafted: boolean;
  saveProblem: SaveProblem | null;
  warnings: BpmnWarning[];
  /** The XML last drawn and the warnings of its import (null until drawn). */
  drawn: { xml: string; warnings: BpmnWarning[] } | null;
  problem: SessionProblem | null;
  conflict: SessionConflict | null;
  drafts: Drafts;
  reload(): void;
  flush(): Promise<void>;
  /** Conflict: show the stored version (this tab's content stays a version). */
  openOtherVersion(): void;
  /** Conflict: this tab's content becomes the current one; the other stays a version. */
  keepMine(): Promise<void>;
  /** An imported file replaces the diagram; the current one becomes a version. */
  replaceContent(xml: string): Promise<void>;
  restoreVersion(versionId: string): Promise<void>;
  saveNamedVersion(name: string): Promise<void>;
}

/**
 * One variant open in one bpmn-js instance: loads it, saves every change, and switches its language in
 * place (the diagram and the undo history stay; src/bpmn/translate). While another tab edits
 * the variant, shows it read-only and follows that tab's saves. When something else writes the
 * variant under this tab's edits, turns read-only at once, keeping this tab's content as a version.
 * `diagramId` picks which diagram of a file with several is shown (a new instance per choice). A `locked`
 * variant (approved or published: its status must be set back first) is shown read-only; null while its status
 * is read, so the editor is not made twice.
 * An editor kept open but hidden (`shown` false) goes on saving and following other writers; hiding it counts as
 * leaving the variant (what was typed is stored, a changed variant keeps an automatic version), and it lets the
 * variant go when another tab waits to edit it. Its view is set when it is shown again, since it has no size hidden.
 */
export function useVariantSession(
  projectId: string,
  variantId: string,
  language: BpmnLanguage,
  { diagramId, locked = false, shown = true, onReleaseWanted }: SessionOptions = {},
): VariantSession {
  const [container, attach] = useState<HTMLDivElement | null>(null);
  const [lockHeld, setLockHeld] = useState<boolean | null>(null);
  const [conflict, setConflict] = useState<SessionConflict | null>(null);
  const [editor, setEditor] = useState<BpmnEditor | null>(null);
  const [saves] = useState(() => createStore<SaveState>(() => ({ status: 'saved', content: null })));
  const [editing, setEditing] = useState<EditingHandle | null>(null);
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const [drawn, setDrawn] = useState<VariantSession['drawn']>(null);
  const [problem, setProblem] = useState<SessionProblem | null>(null);
  const [generation, setGeneration] = useState(0);
  const [drafts] = useState(() => new Drafts());
  const [drafted, setDrafted] = useState(false);
  // Read by the editor's effect without making the editor again when the tab is switched or the language changes.
  const shownNow = useRef(shown);
  const languageNow = useRef(language);
  /** What a hidden editor's view should become once it is shown: framed (`fit`) or put back where it was. */
  const viewOnShow = useRef<{ editor: BpmnEditor; view: View | 'fit' } | null>(null);
  useLayoutEffect(() => {
    shownNow.current = shown;
  }, [shown]);
  useLayoutEffect(() => {
    languageNow.current = language;
  }, [language]);

  useEffect(() => holdEditLock(variantId, setLockHeld), [variantId]);

  // Waiting in line for the variant: a tab that keeps it open only hidden hands it over.
  useEffect(() => {
    if (lockHeld === false) announce(projectId, { type: 'editWanted', variantId });
  }, [lockHeld, projectId, variantId]);

  useEffect(() => {
    if (lockHeld === null || locked === null || !container) return;
    const writable = lockHeld && conflict === null && !locked;
    let host = document.createElement('div');
    host.className = 'canvas-host';
    container.appendChild(host);
    let instance = createBpmnEditor({ container: host, language: languageNow.current, readOnly: !writable });
    let canvas = instance.get<Canvas>('canvas');
    let alive = true;
    /** Draws so far: what a drawing learns late is kept only if no other drawing came since. */
    let drawings = 0;
    let saver: VariantSaver | null = null;
    let versions: AutoVersions | null = null;
    let keepOnLeave = true;
    let stopDrafts: () => void = () => undefined;
    let stopPreparing: () => void = () => undefined;
    let checks: ReturnType<typeof checkAfterPause> | null = null;
    const shownStatus = savingShownLate((status) => saves.setState({ status }));

    /**
     * The diagram as XML, after recording the drafts a pause records — or all of them (`everything`).
     * bpmn-js's saveXML text, written in slices so a large diagram's save never holds the page's thread.
     */
    const serialize = async (everything = false, pieces?: TextPieces) => {
      if (everything) drafts.commitAll();
      else drafts.commitOnPause();
      return saveXMLInSlices(instance, { pieces });
    };
    /** What `write` writes, with the pieces it appended (`TextPieces`): stored and compared a part at a time, never joined. */
    const inPieces = async (write: (pieces: TextPieces | undefined) => Promise<string | null>): Promise<WrittenXml | null> => {
      // As long as what was stored last, give or take an edit: only a long text is kept in pieces.
      const pieces = piecesFor(saver?.storedXml.length ?? 0);
      const xml = await write(pieces);
      return xml === null ? null : { xml, pieces: pieces?.list() };
    };
    // A save always has a text.
    const serializeInPieces = async () => (await inPieces((pieces) => serialize(false, pieces)))!;
    /** The check of the saves' tracking: the whole diagram written again, every value compared. */
    const writeAllInPieces = () => inPieces((pieces) => writeCheckingAll(instance, pieces));

    /** Takes over an editor that drew this XML while the file was checked (earlyDrawing.ts), in place of the one made here. */
    const adopt = (early: DrawnEditor) => {
      instance.destroy();
      host.replaceWith(early.host);
      ({ editor: instance, host } = early);
      canvas = instance.get<Canvas>('canvas');
      // Drawn off the page, the canvas had no size.
      canvas.resized();
      return { warnings: early.warnings };
    };

    /** The file just imported into this variant, drawn while it was checked; only for an editor that writes and shows the first diagram. */
    const takeEarly = async (xml: string) => {
      const early = writable && !diagramId ? await takeEarlyDrawing(xml, languageNow.current) : null;
      if (early && !alive) early.editor.destroy();
      return early;
    };

    const draw = async (xml: string, keepViewbox: boolean, stored: boolean) => {
      const drawing = ++drawings;
      // Hidden, the canvas has no size, but its place and zoom are still right.
      const viewbox = keepViewbox ? canvas.viewbox() : null;
      try {
        const early = keepViewbox ? null : await takeEarly(xml);
        if (!alive) return false;
        const result = early ? adopt(early) : await importShowing(instance, xml, diagramId);
        if (!alive) return false;
        const view = viewbox ? { x: viewbox.x, y: viewbox.y, scale: viewbox.scale } : 'fit';
        if (!shownNow.current) viewOnShow.current = { editor: instance, view };
        else if (view === 'fit') instance.get<FitView>('fitView').firstView();
        else restoreView(canvas, view);
        saves.setState({ content: { xml, stored } });
        // The elements of collapsed sub-processes come to the canvas after the drawing is shown (DeferredPlanes), and with them what bpmn-js skipped there.
        const late = instance.get<DeferredPlanes | null>('deferredPlanes', false);
        if (late && late.waiting > 0) {
          void late.whenImported().then((warnings) => {
            if (alive && drawing === drawings) setDrawn({ xml, warnings: importWarnings([...result.warnings, ...warnings]) });
          });
        } else setDrawn({ xml, warnings: importWarnings(result.warnings) });
        if (writable) {
          stopPreparing();
          stopPreparing = prepareSaves(instance, xml.length);
        }
        setProblem(null);
        return true;
      } catch (error) {
        if (alive) setProblem({ reason: error instanceof Error ? error.message : String(error), xml });
        return false;
      }
    };

    const load = async (keepViewbox: boolean) => {
      await handoffs.get(variantId);
      const variant = await getVariant(workspaceDb, variantId).catch((error: unknown) => {
        // Its diagram alone is damaged: said here, for this variant only; the others open as usual.
        if (!(error instanceof VariantContentError)) throw error;
        if (alive) setProblem({ reason: { key: 'editor.diagramDamaged' }, xml: '' });
        return undefined;
      });
      if (!alive || !variant) return null;
      const leftover = writable ? leftovers.get(variantId) : undefined;
      const unsaved = conflict?.mineXml ?? (leftover?.revision === variant.revision ? leftover.xml : null);
      return (await draw(unsaved ?? variant.xml, keepViewbox, unsaved === null)) ? { variant, leftover } : null;
    };

    // Something else wrote the variant under this tab's edits: keep this tab's content and stop writing.
    const enterConflict = async (keptVersionId?: string) => {
      if (!saver || !alive || !keepOnLeave) return;
      saver.stop();
      keepOnLeave = false;
      const mineXml = await serialize(true);
      const versionId = keptVersionId ?? (await addVersion(workspaceDb, { id: variantId, projectId }, 'conflict', mineXml)).id;
      if (keptVersionId) await setVersionContent(workspaceDb, keptVersionId, mineXml);
      if (alive) setConflict({ versionId, mineXml });
    };

    const reloadAfterWrite = (revision: number) => {
      saver?.stop();
      keepOnLeave = false;
      announce(projectId, { type: 'variantSaved', variantId, revision });
      setGeneration((g) => g + 1);
    };

    void load(false).then((loaded) => {
      if (!loaded || !alive) return;
      const { variant, leftover } = loaded;
      if (writable) {
        const editFrame = new EditFrame();
        versions = new AutoVersions(workspaceDb, variant, () => getAutoVersionLimit(workspaceDb));
        saver = new VariantSaver(workspaceDb, variant, variant.revision, variant.xml, {
          status: (next, why) => {
            shownStatus.status(next);
            setSaveProblem(why ?? null);
          },
          saved: (revision, xml) => {
            leftovers.delete(variantId);
            saves.setState({ content: { xml, stored: true } });
            announce(projectId, { type: 'variantSaved', variantId, revision });
            versions?.saved(xml).catch((error: unknown) => showError(String(error)));
            checks?.saved();
          },
          conflict: (error) => void enterConflict(error.keptAsVersionId),
        }, { whenPainted: () => editFrame.painted() });
        checks = checkAfterPause(saver, writeAllInPieces);
        const schedule = () => {
          editFrame.edited();
          saver?.schedule(serializeInPieces);
        };
        stopDrafts = drafts.listen((recordOnPause) => {
          setDrafted(drafts.size > 0);
          if (recordOnPause) schedule();
        });
        instance.on('commandStack.changed', schedule);
        // A label being typed is unsaved work too, recorded only when the work must be stored at once.
        const labelDraft = {};
        const directEditing = instance.get<{ complete(): void }>('directEditing');
        instance.on('directEditing.activate', () => drafts.set(labelDraft, () => directEditing.complete(), false));
        instance.on(['directEditing.complete', 'directEditing.cancel'], () => drafts.clear(labelDraft));
        const leave = async () => {
          if (!saver || !keepOnLeave) return;
          drafts.commitAll();
          await saver.flush();
          if (alive && keepOnLeave && !saver.hasPendingChanges) await versions?.left(saver.storedXml);
        };
        setEditing({ saver, versions, serialize, reloadAfterWrite, leave });
        if (leftover) {
          if (leftover.revision === variant.revision) schedule();
          else void addVersion(workspaceDb, variant, 'conflict', leftover.xml).then(() => leftovers.delete(variantId));
        }
      }
      saves.setState({ status: saver?.hasPendingChanges ? 'pending' : 'saved' });
      setEditor(instance);
    });

    const stopListening = listen(projectId, (message) => {
      if (message.type !== 'variantSaved' || message.variantId !== variantId) return;
      if (!lockHeld) void load(true);
      else if (saver && message.revision > saver.revision) {
        // Another writer moved the revision. Nothing unsaved here: show theirs quietly; else keep both.
        if (saver.hasPendingChanges || drafts.size > 0) void enterConflict();
        else {
          showInfo(i18next.t('editor.reloadedExternal'));
          reloadAfterWrite(message.revision);
        }
      }
    });
    const untrack = trackPendingWork({
      get hasPendingChanges() {
        return drafts.size > 0 || Boolean(saver?.hasPendingChanges);
      },
      flush: async () => {
        if (!saver) return;
        drafts.commitAll();
        await saver.flush();
      },
    });
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') void saver?.flush();
    };
    // The tab is going away: whatever is unsaved is written now, in this task, with one transaction.
    const writeBeforeUnload = () => {
      if (!saver) return;
      drafts.commitAll();
      const keepVersion = Boolean(versions?.takeForUnload()) || saver.hasPendingChanges;
      // In this task: the page may be gone before any later one runs.
      saver.writeBeforeUnload(saver.hasQueuedEdit ? saveXMLNow(instance) : null, keepVersion);
    };
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', writeBeforeUnload);

    return () => {
      alive = false;
      stopListening();
      untrack();
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', writeBeforeUnload);
      stopDrafts();
      stopPreparing();
      checks?.stop();
      shownStatus.stop();
      setEditor((current) => (current === instance ? null : current));
      setEditing(null);
      host.style.display = 'none';
      if (saver) drafts.commitAll();
      const closing = (async () => {
        try {
          if (!saver) return;
          await saver.dispose();
          if (saver.hasPendingChanges) leftovers.set(variantId, { xml: await serialize(true), revision: saver.revision });
          else if (keepOnLeave) await versions?.left(saver.storedXml);
        } finally {
          // The render that closes this instance may be the one that first hands it out (drawn just as the edit
          // lock came): that render's effects still get it, so it is destroyed after them, never under them.
          await Promise.resolve();
          instance.destroy();
          host.remove();
        }
      })();
      handoffs.set(variantId, closing);
      void closing.finally(() => {
        if (handoffs.get(variantId) === closing) handoffs.delete(variantId);
      });
    };
  }, [container, projectId, variantId, lockHeld, locked, conflict, generation, drafts, diagramId, saves]);

  // A new language is spoken by the same editor: its diagram, selection and undo history stay (also when hidden).
  useEffect(() => {
    editor?.get<EditorLanguage>('editorLanguage').set(language);
  }, [editor, language]);

  // Shown again: diagram-js learns its size if it changed meanwhile, and a diagram drawn while hidden gets its view.
  useLayoutEffect(() => {
    if (!shown || !editor) return;
    const canvas = editor.get<Canvas>('canvas');
    // Only then: `resized` re-lays the palette and the minimap out, which repaints the whole diagram (0.5 s at 3,000 nodes).
    const { width, height } = canvas.getSize();
    const { outer } = canvas.viewbox();
    if (outer.width !== width || outer.height !== height) canvas.resized();
    const pending = viewOnShow.current;
    if (pending?.editor !== editor) return;
    viewOnShow.current = null;
    if (pending.view === 'fit') editor.get<FitView>('fitView').firstView();
    else restoreView(canvas, pending.view);
  }, [shown, editor]);

  // Hidden behind another variant's tab: the variant is left, as when its editor closes.
  useEffect(() => {
    if (shown || !editing) return;
    editing.leave().catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
  }, [shown, editing]);

  // Hidden, and another tab waits to edit the variant (now or later): close this editor so the lock passes on.
  useEffect(() => {
    if (shown || !lockHeld || !onReleaseWanted) return;
    let active = true;
    void isEditWanted(variantId).then((wanted) => {
      if (wanted && active) onReleaseWanted();
    });
    const stop = listen(projectId, (message) => {
      if (message.type === 'editWanted' && message.variantId === variantId && active) onReleaseWanted();
    });
    return () => {
      active = false;
      stop();
    };
  }, [shown, lockHeld, onReleaseWanted, projectId, variantId]);

  const flush = async () => {
    if (!editing) return;
    drafts.commitOnPause();
    await editing.saver.flush();
  };

  /** Writes `xml` as the current content (the stored one becomes a version) and draws it. */
  const replaceWith = async (xml: string, reason: 'replacedByImport' | 'beforeRestore') => {
    if (!editing) throw new Error('The variant is not open for editing in this tab');
    await flush();
    const revision =
      reason === 'replacedByImport'
        ? await replaceVariantXml(workspaceDb, variantId, xml, editing.saver.revision)
        : await replaceKeepingCurrent(workspaceDb, variantId, xml, reason, editing.saver.revision);
    editing.versions.reset();
    editing.reloadAfterWrite(revision);
  };

  return {
    attach,
    editor,
    saves,
    lockHeld,
    editable: editing !== null && editor !== null,
    drafted,
    saveProblem,
    warnings: drawn?.warnings ?? noWarnings,
    drawn,
    problem,
    conflict,
    drafts,
    reload: () => setGeneration((g) => g + 1),
    flush,
    openOtherVersion: () => setConflict(null),
    keepMine: async () => {
      if (!conflict) return;
      const revision = await replaceKeepingCurrent(workspaceDb, variantId, conflict.mineXml, 'conflict', null);
      announce(projectId, { type: 'variantSaved', variantId, revision });
      setConflict(null);
    },
    replaceContent: (xml) => replaceWith(xml, 'replacedByImport'),
    restoreVersion: async (versionId) => {
      const xml = await versionXml(workspaceDb, versionId);
      if (xml === undefined) throw new Error(`No version ${versionId}`);
      await replaceWith(xml, 'beforeRestore');
    },
    saveNamedVersion: async (name) => {
      if (!editing) return;
      await flush();
      await addVersion(workspaceDb, { id: variantId, projectId }, 'named', await editing.serialize(), { name });
      editing.versions.reset();
    },
  };
}
