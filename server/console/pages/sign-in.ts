import { html, type SafeHtml } from '../html';
import { layout } from '../layout';
import type { PageContext } from '../view-models';

export function signInPage(context: PageContext, login: string): SafeHtml {
  const { t } = context;
  return layout(
    context,
    t('signIn.title'),
    html`<section class="sign-in">
      <h1>${t('signIn.title')}</h1>
      <p>${t('signIn.intro')}</p>
      <form method="post" action="/console/sign-in">
        <label for="login">${t('signIn.login')}</label>
        <input id="login" name="login" autocomplete="username" required value="${login}" autofocus />
        <label for="password">${t('signIn.password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">${t('signIn.submit')}</button>
      </form>
    </section>`,
  );
}
