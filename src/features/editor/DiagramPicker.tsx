import type { ModdleElement } from 'bpmn-moddle';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import { viewDiagrams } from '../../domain/diagrams';

interface Props {
  editor: BpmnEditor | null;
  /** The diagram shown; the file's first when none was picked. */
  value: string | undefined;
  onChange(diagramId: string): void;
}

/**
 * Which diagram of a file with several (processes or collaborations drawn apart, as ADONIS, Modelio
 * or Trisotech export them) the editor shows; nothing for a file with one.
 */
export function DiagramPicker({ editor, value, onChange }: Props) {
  const { t } = useTranslation();
  const diagrams = useMemo(() => (editor ? viewDiagrams(editor.getDefinitions() as unknown as ModdleElement).filter((d) => d.id) : []), [editor]);
  if (diagrams.length < 2) return null;
  const shown = diagrams.some((d) => d.id === value) ? value : diagrams[0]!.id;
  return (
    <label className="inline-control">
      {t('editor.diagram')}
      <select value={shown} aria-label={t('editor.diagram')} title={t('editor.diagramTitle')} onChange={(e) => onChange(e.target.value)}>
        {diagrams.map((d, i) => (
          <option key={d.id} value={d.id}>
            {d.name || d.targetName || `${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}
