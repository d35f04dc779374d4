import { useTranslation } from 'react-i18next';
import { useDesk } from '../desk/use-desk';
import { roleText } from './role-text';

/** Who is signed in, at which centre and workstation, and the way out. */
export function WorkplaceSummary() {
  const { t, i18n } = useTranslation();
  const { session, centre, workstation, signOut } = useDesk();
  // The centre's name exists in Kazakh and Russian (as printed on receipts); English shows Russian.
  const centreName = i18n.resolvedLanguage === 'kk' ? centre.name.kk : centre.name.ru;
  return (
    <div className="workplace-bar">
      <dl className="workplace" data-testid="workplace">
        <div className="workplace__item">
          <dt>{t('common:workplace.user')}</dt>
          <dd data-testid="workplace-user">
            {t('common:workplace.userWithRole', {
              name: session.user.name,
              role: roleText(session.user.role, t),
            })}
          </dd>
        </div>
        <div className="workplace__item">
          <dt>{t('common:workplace.centre')}</dt>
          <dd data-testid="workplace-centre">
            {t('common:workplace.centreWithCode', { name: centreName, code: centre.code })}
          </dd>
        </div>
        <div className="workplace__item">
          <dt>{t('common:workplace.workstation')}</dt>
          <dd data-testid="workplace-workstation">{workstation.code}</dd>
        </div>
      </dl>
      <button type="button" className="button button--on-dark" onClick={signOut} data-testid="sign-out">
        {t('auth:signOut')}
      </button>
    </div>
  );
}
