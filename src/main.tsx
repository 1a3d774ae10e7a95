import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/App';
import { languageSetting } from './app/Header';
import { i18n, initI18n, isLanguage } from './app/i18n';
import { getSetting, requestPersistentStorage, workspaceDb } from './storage/workspace';
import './app/styles.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  registerSW({ immediate: true });
  try {
    await workspaceDb.open();
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
