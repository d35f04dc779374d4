import { html, type SafeHtml } from './html';
import { consoleLanguages } from './i18n';
import type { PageContext } from './view-models';

const languageNames = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** The page chrome: title, provider and user, language switch, sign-out, then the page's content. */
export function layout(context: PageContext, title: string, content: SafeHtml): SafeHtml {
  const { t, language, user } = context;
  const back = encodeURIComponent(context.path);
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — ${t('app.title')}</title>
        <link rel="stylesheet" href="/console/assets/console.css" />
        <link rel="icon" href="/console/assets/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <header class="top">
          <div class="brand">
            <span class="app-name">${t('app.title')}</span>
            ${user === null ? '' : html`<span class="provider">${user.providerName[language === 'ru' ? 'ru' : 'kk']}</span>`}
          </div>
          <nav class="languages" aria-label="${t('app.languages')}">
            ${consoleLanguages.map((code) =>
              code === language
                ? html`<span aria-current="true" lang="${code}">${languageNames[code]}</span>`
                : html`<a href="/console/language?lang=${code}&amp;back=${back}" lang="${code}"
                    >${languageNames[code]}</a
                  >`,
            )}
          </nav>
          ${
            user === null
              ? ''
              : html`<form class="sign-out" method="post" action="/console/sign-out">
                  <span class="user">${user.displayName}</span>
                  <input type="hidden" name="csrf" value="${context.csrfToken ?? ''}" />
                  <button type="submit">${t('app.signOut')}</button>
                </form>`
          }
        </header>
        <main id="main">
          ${
            context.notice === null
              ? ''
              : html`<p
                  class="notice ${context.notice.kind}"
                  role="${context.notice.kind === 'error' ? 'alert' : 'status'}"
                >
                  ${context.notice.text}
                </p>`
          }
          ${content}
        </main>
      </body>
    </html>`;
}
