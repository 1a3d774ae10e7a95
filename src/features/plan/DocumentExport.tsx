import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentMaker, type DocumentMaker } from '../../domain/plan/planReport';
import type { Report } from '../../domain/report/report';
import { ReportExportButtons } from '../export/report/ReportExportButtons';
import { useReportAuthor } from '../export/report/useReportAuthor';

const documentLanguages = ['ru', 'kk'] as const;
type DocumentLanguage = (typeof documentLanguages)[number];

interface Props {
  label: string;
  /** The report and its file name in the document's language; the author is this browser's «Исполнитель» setting. */
  build(maker: DocumentMaker & { t: TFunction }): Report;
  fileName(t: TFunction): string;
}

/** Export and print of a plan or roadmap, in Russian or Kazakh whatever the UI's language (the UI's when it is one of them). */
export function DocumentExport({ label, build, fileName }: Props) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<DocumentLanguage>(i18n.language === 'kk' ? 'kk' : 'ru');
  const [author] = useReportAuthor();
  const inDocument = i18n.getFixedT(language);
  return (
    <ReportExportButtons label={label} fileName={fileName(inDocument)} report={() => build(documentMaker(inDocument, language, author))}>
      <label className="inline-control">
        {t('plan.documentLanguage')}
        <select value={language} onChange={(e) => setLanguage(e.target.value as DocumentLanguage)}>
          {documentLanguages.map((code) => (
            <option key={code} value={code}>
              {t(code === 'ru' ? 'plan.languageRu' : 'plan.languageKk')}
            </option>
          ))}
        </select>
      </label>
    </ReportExportButtons>
  );
}
