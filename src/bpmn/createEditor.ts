import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import minimapModule from 'diagram-js-minimap';
import { defineModdlePropertiesFaster } from '../domain/moddleDefine';
import { stepDataDescriptor } from '../domain/stepData/stepData';
import { stepBadgesModule } from './badges';
import { minimalMoveContainmentsModule } from './containments';
import { keepingDiOrderingModule } from './diOrdering';
import { viewportCullingModule } from './culling';
import { fitViewModule } from './fit';
import { categoryRefsWithoutGroupsModule } from './groups';
import { indexedOverlaysModule } from './overlayIndex';
import { deferredHitsModule } from './hits';
import { deferredDrawingModule } from './drawing';
import { deferredPlanesModule } from './planes';
import { cachedTextModule } from './text';
import { focusKeeperModule, outOfReachModule } from './keyboard';
import { lintMarkersModule } from './lint';
import { processNameModule } from './processName';
import { saveTrackingModule } from './save';
import { stepDataModule } from './stepData';
import { translateModule, type BpmnLanguage } from './translate';

export type BpmnEditor = Modeler | NavigatedViewer;

export interface EditorOptions {
  container: HTMLElement;
  language: BpmnLanguage;
  /** A viewer for a variant edited in another tab: navigation only, no modelling. */
  readOnly: boolean;
}

/**
 * The one place that decides which bpmn-js modules the workbench loads. `language` is the one it
 * starts in; `editor.get('editorLanguage').set(…)` switches it in place.
 */
export function createBpmnEditor({ container, language, readOnly }: EditorOptions): BpmnEditor {
  const additionalModules = [indexedOverlaysModule, cachedTextModule, viewportCullingModule, deferredHitsModule, deferredDrawingModule, deferredPlanesModule, minimalMoveContainmentsModule, translateModule(language), minimapModule, stepBadgesModule, lintMarkersModule, focusKeeperModule, outOfReachModule, fitViewModule];
  // The step-data extension is loaded everywhere, so editing never drops the data a step carries.
  const moddleExtensions = { rw: stepDataDescriptor };
  const editor = readOnly
    ? new NavigatedViewer({ container, additionalModules, moddleExtensions })
    : new Modeler({ container, additionalModules: [...additionalModules, stepDataModule, keepingDiOrderingModule, processNameModule, saveTrackingModule, categoryRefsWithoutGroupsModule], moddleExtensions, keyboard: { bind: true } });
  defineModdlePropertiesFaster(editor.get('moddle'));
  return editor;
}

export function isModeler(editor: BpmnEditor): editor is Modeler {
  return editor instanceof Modeler;
}
