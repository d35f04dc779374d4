import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type RouterProviderProps } from 'react-router';
import { DeskProvider } from './desk/DeskProvider';

export interface AppProps {
  readonly i18n: I18n;
  readonly router: RouterProviderProps['router'];
}

/** The routed screens exist only for a signed-in desk; DeskProvider shows set-up and sign-in before. */
export function App({ i18n, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DeskProvider>
        <RouterProvider router={router} />
      </DeskProvider>
    </I18nextProvider>
  );
}
