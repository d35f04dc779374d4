import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers, type UserSummary } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { roleText } from '../../app/shell/role-text';
import { AddUserForm } from './AddUserForm';
import '../../components/table.css';
import './settings.css';

/** Who can sign in at this desk; supervisors also add people here. */
export function UsersPanel() {
  const { t } = useTranslation();
  const { db, session } = useDesk();
  const headingId = useId();
  const addHeadingId = useId();
  const [users, setUsers] = useState<readonly UserSummary[]>();
  const reload = useCallback(() => {
    void listUsers(db).then(setUsers);
  }, [db]);
  useEffect(reload, [reload]);

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="users">
      <h2 id={headingId} className="panel__title">
        {t('settings:users.heading')}
      </h2>
      {users === undefined ? (
        <p role="status">{t('settings:about.loading')}</p>
      ) : (
        <table className="table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('auth:fields.displayName')}</th>
              <th scope="col">{t('auth:fields.login')}</th>
              <th scope="col">{t('settings:users.role')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.login}</td>
                <td>{roleText(user.role, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {session.user.role === 'supervisor' && (
        <section aria-labelledby={addHeadingId} className="panel__part">
          <h3 id={addHeadingId}>{t('settings:users.addHeading')}</h3>
          <AddUserForm onAdded={reload} />
        </section>
      )}
    </section>
  );
}
