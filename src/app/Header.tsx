import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DamagedRecordsLink } from '../features/damaged/DamagedRecordsLink';
import { HelpMenu } from '../features/help/HelpMenu';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { putSetting } from '../storage/workspace';
import { isLanguage, languageNames, languages } from './i18n';

export const languageSetting = 'language';

export function Header({ persistent }: { persistent: boolean }) {
  const { t, i18n } = useTranslation();
  const change = (value: string) => {
    if (!isLanguage(value)) return;
    void i18n.changeLanguage(value);
    document.documentElement.lang = value;
    void putSetting(languageSetting, value);
  };
  return (
    <header className="app-header">
      <Link href="/" className="app-header__title">
        {t('app.title')}
      </Link>
      <DamagedRecordsLink />
      <SyncIndicator />
      <span className={persistent ? 'storage storage--persistent' : 'storage'} title={t(persistent ? 'app.storagePersistent' : 'app.storageBestEffort')}>
        {persistent ? '●' : '○'} <span className="visually-hidden">{t(persistent ? 'app.storagePersistent' : 'app.storageBestEffort')}</span>
      </span>
      <HelpMenu />
      <label className="language-select">
        <span>{t('app.language')}</span>
        <select value={i18n.language} onChange={(e) => change(e.target.value)}>
          {languages.map((language) => (
            <option key={language} value={language}>
              {languageNames[language]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
