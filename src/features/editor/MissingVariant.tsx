import { useTranslation } from 'react-i18next';
import { newDiagramXml } from '../../domain/newDiagram';
import { derivationSources, type Process, type VariantKind } from '../../domain/variant';
import { createVariantFromXml, deriveVariant } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';
import { FileButton } from '../import/FileButton';
import { useBpmnFileReader, usePrepareBpmnFileReading } from '../import/useBpmnFileReader';

interface Props {
  process: Process;
  kind: VariantKind;
  existing: VariantKind[];
}

/** The empty state of a variant tab: the ways a to-be or optimal variant comes into being. */
export function MissingVariant({ process, kind, existing }: Props) {
  const { t } = useTranslation();
  const readFile = useBpmnFileReader(process.projectId);
  const prepareImport = usePrepareBpmnFileReading();
  const create = (xml: string) => createVariantFromXml(workspaceDb, process.projectId, process.id, kind, xml);
  return (
    <div className="empty-state missing-variant">
      <p>{t('editor.missingVariant', { variant: t(`variant.${kind}Long`) })}</p>
      <div className="missing-variant__actions">
        {derivationSources(existing, kind).map((source) => (
          <button key={source} type="button" className="primary" onClick={() => void deriveVariant(workspaceDb, process.id, kind, source)}>
            {t('editor.deriveFrom', { variant: t(`variant.${source}`) })}
          </button>
        ))}
        <button type="button" onClick={() => void create(newDiagramXml(`${kind}_${process.id.slice(0, 8)}`, process.name))}>
          {t('editor.createEmpty')}
        </button>
        <FileButton
          label={t('editor.importFile')}
          onOpen={prepareImport}
          onFile={(file) =>
            void readFile(file, async ({ xml }) => {
              await create(xml);
              return { processId: process.id, kind };
            })
          }
        />
      </div>
      <p className="muted">{t('editor.deriveHint')}</p>
    </div>
  );
}
