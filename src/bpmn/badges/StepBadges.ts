import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import type { ModdleElement } from 'bpmn-moddle';
import { readStepData } from '../../domain/stepData/stepData';
import { planesImportedEvent } from '../planes/DeferredPlanes';
import { shapeOverlayMinZoom, type Overlays } from '../overlays';
import { badgeCounts, hasBadges, type BadgeCounts } from './badgeCounts';
import { createBadgeIcon, type BadgeKind } from './badgeIcons';
import { badgesSvg } from './badgesSvg';

/** diagram-js `translate`: English template in, translated text with `{placeholders}` filled out. */
export type Translate = (template: string, replacements?: Record<string, string>) => string;

/** `stepBadges` in the editor config: `{ stepBadges: { visible: false } }` starts with badges hidden. */
export interface StepBadgesConfig {
  visible?: boolean;
}

/** Fired on the event bus with `{ visible }` whenever `setVisible` changes the state. */
export const visibilityChangedEvent = 'stepBadges.visibility.changed';

export const overlayType = 'step-badges';
export const hiddenClass = 'rw-step-badges-hidden';

type StepElement = Element & { businessObject?: ModdleElement; labelTarget?: unknown; waypoints?: unknown };

interface Badge {
  kind: BadgeKind;
  title: string;
  count?: number;
}

/** The badges for `counts`, in display order, with their (translated) tooltips. */
export function badgesFor(counts: BadgeCounts, translate: Translate, approvalUnit?: string): Badge[] {
  const badges: Badge[] = [];
  if (counts.documents > 0) badges.push({ kind: 'documents', count: counts.documents, title: translate('Documents: {count}', { count: String(counts.documents) }) });
  if (counts.manualFields > 0) badges.push({ kind: 'manualFields', count: counts.manualFields, title: translate('Fields typed by hand: {count}', { count: String(counts.manualFields) }) });
  if (counts.inPerson) badges.push({ kind: 'inPerson', title: translate('Applicant visits in person') });
  if (counts.approval) badges.push({ kind: 'approval', title: approvalUnit ? translate('Approval: {unit}', { unit: approvalUnit }) : translate('Approval') });
  return badges;
}

/** The overlay's HTML. Text goes in through textContent and attributes only: user text is never HTML. */
export function createBadgesElement(document: Document, badges: Badge[]): HTMLElement {
  const root = document.createElement('div');
  root.className = 'rw-step-badges';
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', badges.map((badge) => badge.title).join('; '));
  for (const badge of badges) {
    const pill = document.createElement('span');
    pill.className = `rw-step-badge rw-step-badge--${badge.kind}`;
    pill.dataset.badge = badge.kind;
    pill.title = badge.title;
    pill.appendChild(createBadgeIcon(document, badge.kind));
    if (badge.count !== undefined) {
      const count = document.createElement('span');
      count.className = 'rw-step-badge__count';
      count.textContent = String(badge.count);
      pill.appendChild(count);
    }
    root.appendChild(pill);
  }
  return root;
}

/**
 * Small badges under each step showing, at a glance, how many documents it uses, how many fields
 * are typed by hand, and whether it needs an in-person visit or an approval. Read-only: it follows
 * the step data in the diagram (import, every change, undo/redo) and never changes it.
 */
export default class StepBadges {
  static $inject = ['config.stepBadges', 'eventBus', 'canvas', 'overlays', 'elementRegistry', 'translate'];

  private visible = true;
  /** Whether the next SVG export (and a PNG made from it) shows the badges, which are HTML overlays on the canvas. */
  inExport = false;
  private readonly exported: SVGGElement[] = [];
  /**
   * Each element's badge overlay and what it shows, to skip re-rendering when a move or rename leaves it as it was.
   * Looked up by the overlay's id: by element, diagram-js searches its list of every element's overlays, which made
   * drawing the badges of a diagram of thousands of steps quadratic.
   */
  private readonly shown = new Map<string, { overlayId: string; key: string }>();

  constructor(
    config: StepBadgesConfig | undefined,
    private readonly eventBus: EventBus,
    private readonly canvas: Canvas,
    private readonly overlays: Overlays,
    private readonly elementRegistry: ElementRegistry,
    private readonly translate: Translate,
  ) {
    eventBus.on('import.done', () => this.renderAll());
    eventBus.on<{ elements: StepElement[] }>(planesImportedEvent, ({ elements }) => elements.forEach((element) => this.render(element)));
    // The tooltips are in the editor's language (src/bpmn/translate): drawn again when it changes.
    eventBus.on('i18n.changed', () => this.renderAll());
    eventBus.on('diagram.clear', () => this.shown.clear());
    eventBus.on('saveSVG.start', () => this.drawForExport());
    eventBus.on('saveSVG.done', () => this.exported.splice(0).forEach((group) => group.remove()));
    eventBus.on<{ element: StepElement }>('element.changed', ({ element }) => this.render(element));
    this.setVisible(config?.visible ?? true);
  }

  isVisible(): boolean {
    return this.visible;
  }

  /** Shows or hides every badge; the badges stay up to date while hidden. */
  setVisible(visible: boolean): void {
    const changed = visible !== this.visible;
    this.visible = visible;
    this.canvas.getContainer().classList.toggle(hiddenClass, !visible);
    if (changed) this.eventBus.fire(visibilityChangedEvent, { visible });
  }

  toggle(): boolean {
    this.setVisible(!this.visible);
    return this.visible;
  }

  renderAll(): void {
    for (const element of this.elementRegistry.getAll()) this.render(element as StepElement);
  }

  /** Adds, replaces or removes the badges of one element to match its step data. */
  render(element: StepElement): void {
    const badges = this.isStep(element) ? this.badgesOf(element.businessObject as ModdleElement) : [];
    const key = JSON.stringify(badges);
    const shown = this.shown.get(element.id);
    // A shape drawn anew (undo of a delete, a replace) lost its overlay with the old shape: then it is drawn again.
    if (shown && shown.key === key && this.overlays.get(shown.overlayId)) return;

    if (shown) this.overlays.remove(shown.overlayId);
    this.shown.delete(element.id);
    if (badges.length === 0) return;
    const html = createBadgesElement(this.canvas.getContainer().ownerDocument, badges);
    const overlayId = this.overlays.add(element, overlayType, {
      position: this.positionOf(element),
      show: { minZoom: shapeOverlayMinZoom },
      html,
    });
    this.shown.set(element.id, { overlayId, key });
  }

  /** Draws the badges into the diagram's layer while bpmn-js writes the SVG, where the overlays are not. */
  private drawForExport(): void {
    if (!this.inExport) return;
    const layer = this.canvas.getActiveLayer() as unknown as SVGGElement;
    const document = this.canvas.getContainer().ownerDocument;
    const context = document.createElement('canvas').getContext('2d');
    const measure = (text: string, fontSpec: string) => {
      if (!context) return text.length * 7;
      context.font = fontSpec;
      return context.measureText(text).width;
    };
    for (const element of this.elementRegistry.getAll() as (StepElement & { x: number; y: number; height: number })[]) {
      const badges = this.isStep(element) ? this.badgesOf(element.businessObject as ModdleElement) : [];
      if (badges.length === 0) continue;
      const position = this.positionOf(element);
      const group = badgesSvg(document, badges, element.x + position.left, element.y + (position.top ?? element.height - (position.bottom ?? 0)), measure);
      layer.appendChild(group);
      this.exported.push(group);
    }
  }

  /**
   * Tasks: across the bottom-left edge, clear of the centred label and of the loop/collapsed markers
   * at the bottom centre. Events and gateways: above, as their label sits below.
   */
  private positionOf(element: StepElement): { top?: number; bottom?: number; left: number } {
    const externalLabel = ['bpmn:Event', 'bpmn:Gateway'].some((type) => element.businessObject?.$instanceOf(type));
    return externalLabel ? { top: -21, left: 0 } : { bottom: 6, left: 6 };
  }

  private badgesOf(businessObject: ModdleElement): Badge[] {
    const { data } = readStepData(businessObject);
    const counts = badgeCounts(data);
    return hasBadges(counts) ? badgesFor(counts, this.translate, data?.approvalUnit) : [];
  }

  /** A flow node drawn on the canvas (not a label, a connection or a root), still in the diagram. */
  private isStep(element: StepElement): boolean {
    return (
      !element.labelTarget &&
      !element.waypoints &&
      Boolean(element.parent) &&
      this.elementRegistry.get(element.id) === element &&
      element.businessObject?.$instanceOf('bpmn:FlowNode') === true
    );
  }
}
