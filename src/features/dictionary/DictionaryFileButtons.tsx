import { useTranslation } from 'react-i18next';
import type { DictionaryEntry } from '../../domain/dictionary/dictionary';
import { columnTitles, rowsToEntries, type TableLanguage } from '../../domain/dictionary/dictionaryTable';
import { putEntries } from '../../storage/dictionaryRepository';
import { newId } from '../../storage/db';
import { workspaceDb } from '../../storage/workspace';
import { downloadBlob, safeFileName } from '../export/download';
import { showError, showInfo } from '../ui/toastStore';
import { csvMimeType, DictionaryFileError, fromCsv, fromXlsx, toCsv, toXlsx, xlsxMimeType } from './dictionaryFiles';

interface Props {
  projectId: string;
  projectName: string;
  entries: DictionaryEntry[];
  /** False for a viewer of a shared project: export only. */
  canImport?: boolean;
}

/** Moves a dictionary between projects as CSV (stable machine columns) or XLSX (titled for people). */
export function DictionaryFileButtons({ projectId, projectName, entries, canImport = true }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as TableLanguage;
  const base = safeFileName(`${projectName} - ${t('dictionary.title')}`);

  const importFile = async (file: File) => {
    try {
      const rows = /\.xlsx$/i.test(file.name) ? await fromXlsx(await file.arrayBuffer()) : fromCsv(await file.text());
      const { upserts, errors } = rowsToEntries(rows, entries, { projectId, newId, now: Date.now() });
      await putEntries(workspaceDb, upserts);
      const details = errors.map((e) =>
        t('dictionary.rowError', { row: e.row, column: columnTitles[e.column][language] ?? e.column, problem: t(`dictionary.error_${e.code}`), value: e.value }),
      );
      const message = t('dictionary.imported', { count: upserts.length });
      if (errors.length) showError(message, { details: [t('dictionary.importErrors'), ...details] });
      else showInfo(message);
    } catch (error) {
      const code = error instanceof DictionaryFileError ? error.code : 'unreadable';
      showError(t(`dictionary.file_${code}`));
    }
  };

  return (
    <div className="dictionary-files">
      <button type="button" onClick={() => downloadBlob(new Blob([toCsv(entries)], { type: csvMimeType }), `${base}.csv`)}>
        {t('dictionary.exportCsv')}
      </button>
      <button type="button" onClick={() => void toXlsx(entries, language).then((bytes) => downloadBlob(new Blob([new Uint8Array(bytes)], { type: xlsxMimeType }), `${base}.xlsx`))}>
        {t('dictionary.exportXlsx')}
      </button>
      {canImport && (
        <label className="file-label">
          <span className="button-like">{t('dictionary.importFile')}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      )}
    </div>
  );
}
