import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useAppVersion } from './app/appVersionStore';
import { languageSetting } from './app/Header';
import { browserLanguage, i18n, initI18n, isLanguage } from './app/i18n';
import { NewerDataScreen } from './app/NewerDataScreen';
import { registerServiceWorker } from './app/serviceWorker';
import { openWorkspace } from './storage/openWorkspace';
import { getSetting, requestPersistentStorage, workspaceDb } from './storage/workspace';
import './app/styles.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  // Also when the data is newer than this build: the worker is how the newer build arrives.
  registerServiceWorker();
  try {
    const opened = await openWorkspace(workspaceDb, () => useAppVersion.setState({ databaseTakenOver: true }));
    if (opened === 'newerSchema') {
      const language = browserLanguage();
      await initI18n(language);
      document.documentElement.lang = language;
      root.render(<NewerDataScreen />);
      return;
    }
    const saved = await getSetting(languageSetting);
    const language = isLanguage(saved) ? saved : 'ru';
    await initI18n(language);
    document.documentElement.lang = language;
    const persistent = await requestPersistentStorage().catch(() => false);
    root.render(
      <StrictMode>
        <App persistent={persistent} />
      </StrictMode>,
    );
  } catch (error) {
    if (!i18n.isInitialized) await initI18n('ru');
    root.render(
      <main className="page" role="alert">
        {i18n.t('app.dbError', { reason: error instanceof Error ? error.message : String(error) })}
      </main>,
    );
  }
}

void start();
