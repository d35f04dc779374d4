import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { App } from './app/App';
import { createI18n } from './app/i18n/create-i18n';
import { followLanguage } from './app/i18n/document-language';
import { defaultLanguage } from './app/i18n/languages';
import { readStoredLanguage } from './app/i18n/language-storage';
import { bundledResources } from './app/i18n/resources';
import { appRoutes } from './app/routes';
import './app/styles/fonts.css';
import './app/styles/base.css';

// The language is settled before the first render, so the desk never flashes another language.
const storage = storageOrUndefined();
const i18n = createI18n({
  language: readStoredLanguage(storage) ?? defaultLanguage,
  resources: bundledResources(),
});
followLanguage(i18n, document, storage);

// A hash router works under Electron's app:// protocol and from any static file server alike.
const router = createHashRouter(appRoutes);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} router={router} />
  </StrictMode>,
);

function storageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Some privacy settings make even reading `localStorage` throw; the desk then forgets the language.
    return undefined;
  }
}
