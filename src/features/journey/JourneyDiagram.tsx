import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { markLinked } from '../../bpmn/journey/linkMarkers';
import type { BpmnEditor } from '../../bpmn/createEditor';
import { useDiagramViewer } from '../ui/useDiagramViewer';

/** The variant's diagram under the map, read-only, with the selected card's or stage's steps highlighted. */
export function JourneyDiagram({ xml, highlighted }: { xml: string; highlighted: readonly string[] }) {
  const { t } = useTranslation();
  const key = highlighted.join(' ');
  // Marked again only when the set of ids changes, not on every render.
  const mark = useMemo(() => (key ? (viewer: BpmnEditor) => markLinked(viewer, key.split(' ')) : null), [key]);
  const { attach, problem } = useDiagramViewer(xml, mark);
  return (
    <section className="journey-diagram" aria-label={t('journey.diagram.title')}>
      <h3>{t('journey.diagram.title')}</h3>
      <p className="muted">{highlighted.length ? t('journey.diagram.highlighted', { count: highlighted.length }) : t('journey.diagram.hint')}</p>
      {problem && <p className="banner banner--error">{t('editor.renderFailed', { reason: problem })}</p>}
      <div className="journey-diagram__canvas" ref={attach} data-testid="journey-diagram" />
    </section>
  );
}
