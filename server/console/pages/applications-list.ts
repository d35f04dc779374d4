import { findService } from '../../../shared/domain';
import { html, type SafeHtml } from '../html';
import { formatDate } from '../i18n';
import { layout } from '../layout';
import { consoleViews, type ApplicationRow, type ConsoleView, type PageContext } from '../view-models';
import { dueState } from './dates';

function deadlineCell(context: PageContext, row: ApplicationRow): SafeHtml {
  const { t } = context;
  const deadline = row.status === 're-requested' ? row.providerDueDate : row.dueDate;
  if (deadline === null) return html`<td></td>`;
  const state = dueState(deadline, context.today);
  return html`<td class="deadline ${state}">
    ${formatDate(deadline)}${state === 'on-time' ? '' : html` <strong>${t(`deadline.${state}`)}</strong>`}
  </td>`;
}

/** The tabs of the lists, and "Returned to you" after them. */
export function viewsNav(context: PageContext, current: ConsoleView | 'returns'): SafeHtml {
  const { t } = context;
  const link = (href: string, label: string, here: boolean) =>
    here ? html`<a href="${href}" aria-current="page">${label}</a>` : html`<a href="${href}">${label}</a>`;
  return html`<nav class="views" aria-label="${t('list.views')}">
    ${consoleViews.map((candidate) =>
      link(`/console/applications?view=${candidate}`, t(`views.${candidate}`), candidate === current),
    )}
    ${link('/console/returns', t('views.returns'), current === 'returns')}
  </nav>`;
}

export function applicationsListPage(
  context: PageContext,
  view: ConsoleView,
  rows: readonly ApplicationRow[],
): SafeHtml {
  const { t, language } = context;
  return layout(
    context,
    t(`views.${view}`),
    html`<h1>${t('list.title')}</h1>
      ${viewsNav(context, view)}
      ${
        rows.length === 0
          ? html`<p class="empty">${t('list.empty')}</p>`
          : html`<table class="applications">
              <caption>
                ${t('list.count', { count: rows.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('list.receipt')}</th>
                  <th scope="col">${t('list.service')}</th>
                  <th scope="col">${t('list.applicant')}</th>
                  <th scope="col">${t('list.centre')}</th>
                  <th scope="col">${t('list.status')}</th>
                  <th scope="col">${t('list.deadline')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr>
                      <td><a href="/console/applications/${row.id}">${row.receiptNumber ?? row.id}</a></td>
                      <td>${findService(row.serviceId)?.name[language] ?? row.serviceId}</td>
                      <td>${row.applicantName}</td>
                      <td>${row.centreCode}</td>
                      <td>
                        ${t(`status.${row.status}`)}${row.dispatched ? html` · ${t('status.dispatched')}` : ''}
                      </td>
                      ${deadlineCell(context, row)}
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
  );
}
