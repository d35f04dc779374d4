import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { screenPaths, type ScreenId } from '../screen-paths';

/** The jobs of the desk. NavLink marks the current one with aria-current="page". */
export function SideNav() {
  const { t } = useTranslation();
  const items: readonly { readonly screen: ScreenId; readonly label: string }[] = [
    { screen: 'intake', label: t('common:nav.intake') },
    { screen: 'applications', label: t('common:nav.applications') },
    { screen: 'shelf', label: t('common:nav.shelf') },
    { screen: 'returns', label: t('common:nav.returns') },
    { screen: 'supervisor', label: t('common:nav.supervisor') },
    { screen: 'sync', label: t('common:nav.sync') },
    { screen: 'settings', label: t('common:nav.settings') },
  ];
  return (
    <nav className="side-nav" aria-label={t('common:shell.sections')}>
      <ul className="side-nav__list">
        {items.map(({ screen, label }) => (
          <li key={screen}>
            <NavLink to={screenPaths[screen]} className="side-nav__link" data-testid={`nav-${screen}`}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
