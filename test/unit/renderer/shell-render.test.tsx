import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../renderer/app/i18n/create-i18n';
import { languages, type Language } from '../../../renderer/app/i18n/languages';
import { bundledResources } from '../../../renderer/app/i18n/resources';
import { LanguageSelect } from '../../../renderer/app/shell/LanguageSelect';
import { SideNav } from '../../../renderer/app/shell/SideNav';
import { SkipLink } from '../../../renderer/app/shell/SkipLink';
import { ShelfScreen } from '../../../renderer/features/shelf/ShelfScreen';
import { SupervisorScreen } from '../../../renderer/features/supervisor/SupervisorScreen';
import { DeskContext, type DeskContextValue } from '../../../renderer/app/desk/desk-context';
import { randomIds, systemClock } from '../../../renderer/db';
import { almatyCentreSettings, clerkSession, openTestDesk } from '../../db/helpers';

// Server-side rendering in Node: enough to see the markup the shell gives each language.
const resources = bundledResources();

// Screens read the signed-in desk (a supervisor at a fresh database); a static render runs no effects.
const desk: DeskContextValue = {
  db: (await openTestDesk()).db,
  session: { ...clerkSession, user: { id: 'supervisor-1', name: 'Гүлнар Оспанова', role: 'supervisor' } },
  clock: systemClock,
  ids: randomIds,
  centre: almatyCentreSettings,
  workstation: { code: clerkSession.workstationCode, deviceId: clerkSession.deviceId },
  signOut: () => undefined,
};

function render(language: Language, node: ReactNode, path = '/intake') {
  const reportProblem = vi.fn();
  const i18n: I18n = createI18n({ language, resources, reportProblem });
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DeskContext.Provider value={desk}>
        <MemoryRouter initialEntries={[path]}>{node}</MemoryRouter>
      </DeskContext.Provider>
    </I18nextProvider>,
  );
  return { html, t: i18n.t, reportProblem };
}

/** The `<tag …>text</tag>` elements of static markup (no nesting inside them), attributes parsed. */
function elements(html: string, tag: string) {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([^<]*)</${tag}>`, 'gu'))].map(
    ([, attrs = '', text = '']) => ({
      attributes: Object.fromEntries(
        [...attrs.matchAll(/([\w-]+)="([^"]*)"/gu)].map(([, name = '', value = '']) => [name, value]),
      ),
      text,
    }),
  );
}

const ownNames = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

describe.each(languages)('shell in %s', (language) => {
  it('language select: test id, a label tied to it, the current language chosen, options named in their own language', () => {
    const { html, t, reportProblem } = render(language, <LanguageSelect />);
    const [select] = [...html.matchAll(/<select\b([^>]*)>/gu)].map(([, attrs = '']) => attrs);
    const [label] = elements(html, 'label');
    expect(select).toContain('data-testid="language-select"');
    expect(select).toContain(`id="${label?.attributes.for}"`);
    expect(label?.text).toBe(t('common:language.label'));
    expect(elements(html, 'option')).toEqual(
      languages.map((option) => ({
        attributes: { value: option, lang: option, ...(option === language ? { selected: '' } : {}) },
        text: ownNames[option],
      })),
    );
    expect(reportProblem).not.toHaveBeenCalled();
  });

  it('side navigation: a named landmark whose links go to every screen, the current one marked', () => {
    const { html, t, reportProblem } = render(language, <SideNav />, '/shelf');
    expect(html).toContain(`<nav class="side-nav" aria-label="${t('common:shell.sections')}">`);
    const links = elements(html, 'a');
    expect(links.map((link) => [link.attributes['data-testid'], link.attributes.href, link.text])).toEqual(
      ['intake', 'applications', 'shelf', 'returns', 'supervisor', 'sync', 'settings'].map((screen) => [
        `nav-${screen}`,
        `/${screen}`,
        t(`common:nav.${screen}`),
      ]),
    );
    expect(
      links.filter((link) => link.attributes['aria-current'] === 'page').map((l) => l.attributes.href),
    ).toEqual(['/shelf']);
    expect(reportProblem).not.toHaveBeenCalled();
  });

  it('skip link points at the main region, in this language', () => {
    const { html, t } = render(language, <SkipLink targetId="main-content" />);
    expect(html).toBe(`<a class="skip-link" href="#main-content">${t('common:shell.skipToContent')}</a>`);
  });

  it.each([
    ['shelf', <ShelfScreen key="shelf" />],
    ['supervisor', <SupervisorScreen key="supervisor" />],
  ] as const)('%s screen: one translated h1 and its description', (screen, element) => {
    const { html, t, reportProblem } = render(language, element);
    expect(html.match(/<h1\b/gu)).toHaveLength(1);
    expect(html).toContain(`>${t(`${screen}:title`)}</h1>`);
    expect(html).toContain(`>${t(`${screen}:description`)}</p>`);
    expect(reportProblem).not.toHaveBeenCalled();
  });
});

describe('languages look different', () => {
  it('the navigation is not the same text in kk, ru and en', () => {
    const navIn = (language: Language) => render(language, <SideNav />).html;
    expect(new Set(languages.map(navIn)).size).toBe(languages.length);
  });
});
