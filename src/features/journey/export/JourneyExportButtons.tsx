import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { JourneyMap, Persona } from '../../../domain/journey/model';
import { svgToPng } from '../../export/diagramExport';
import { downloadBlob, safeFileName } from '../../export/download';
import { usePrinting } from '../../export/usePrinting';
import { showError } from '../../ui/toastStore';
import { journeySvg, serializeSvg } from './journeySvg';

interface Props {
  map: JourneyMap;
  processName: string;
  personas: Persona[];
}

/** The map as an SVG or PNG file (for documents and the publication package), and printed. */
export function JourneyExportButtons({ map, processName, personas }: Props) {
  const { t, i18n } = useTranslation();
  const printing = usePrinting();
  const build = () =>
    journeySvg(
      map,
      {
        title: `${t('journey.exportTitle')}: ${map.name}`,
        subtitle: [processName, t(`variant.${map.variantKind}Long`), personas.find((p) => p.id === map.personaId)?.name ?? ''].filter(Boolean).join(' · '),
      },
      t,
      i18n.language,
    );
  const fileName = (extension: string) => `${safeFileName(`${processName} - ${map.name}`)}.${extension}`;

  const save = async (format: 'svg' | 'png') => {
    try {
      const svg = serializeSvg(build());
      downloadBlob(format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg), fileName(format));
    } catch (error) {
      showError(t('journey.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <details className="menu">
      <summary>{t('editor.export')}</summary>
      <div className="menu__items" role="menu">
        {(['svg', 'png'] as const).map((format) => (
          <button key={format} type="button" role="menuitem" onClick={(e) => (e.currentTarget.closest('details')?.removeAttribute('open'), void save(format))}>
            {t(format === 'svg' ? 'editor.exportSvg' : 'editor.exportPng')}
          </button>
        ))}
        <button type="button" role="menuitem" onClick={(e) => (e.currentTarget.closest('details')?.removeAttribute('open'), window.print())}>
          {t('report.print')}
        </button>
      </div>
      {printing && createPortal(<div className="journey-print" ref={(node) => node?.replaceChildren(build())} />, document.body)}
    </details>
  );
}
