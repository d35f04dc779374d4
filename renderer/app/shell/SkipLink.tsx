import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The first stop of the Tab key: jumps past header and navigation. It moves focus itself, because
 * with a hash router following `#main-content` would be read as a route.
 */
export function SkipLink({ targetId }: { readonly targetId: string }) {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {t('common:shell.skipToContent')}
    </a>
  );
}
