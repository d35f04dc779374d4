import { findService, type Instant } from '../../../shared/domain';
import type { ReturnedBatch } from '../console-store';
import { html, type SafeHtml } from '../html';
import { formatDateTime } from '../i18n';
import { layout } from '../layout';
import type { PageContext } from '../view-models';
import { viewsNav } from './applications-list';

/** The batch's number as the desk's transfer act prints it: its id's first eight digits. */
export function returnBatchNumber(batchId: string): string {
  return batchId.replaceAll('-', '').slice(0, 8).toUpperCase();
}

function batchSection(context: PageContext, batch: ReturnedBatch): SafeHtml {
  const { t, language } = context;
  const number = returnBatchNumber(batch.batchId);
  return html`<section class="return-batch" data-batch="${batch.batchId}">
    <h2>${t('returns.batch', { number })}</h2>
    <p>
      ${t('returns.returnedAt', {
        date: formatDateTime(batch.returnedAt as Instant, context.timeZone),
        centre: batch.centreCode,
        name: batch.returnedBy,
      })}
    </p>
    <table class="applications">
      <caption>
        ${t('returns.count', { count: batch.items.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('list.receipt')}</th>
          <th scope="col">${t('list.service')}</th>
          <th scope="col">${t('list.applicant')}</th>
          <th scope="col">${t('list.status')}</th>
        </tr>
      </thead>
      <tbody>
        ${batch.items.map(
          (item) =>
            html`<tr>
              <td>
                <a href="/console/applications/${item.applicationId}"
                  >${item.receiptNumber ?? item.applicationId}</a
                >
              </td>
              <td>${findService(item.serviceId)?.name[language] ?? item.serviceId}</td>
              <td>${item.applicantName}</td>
              <td>${item.received ? t('returns.itemReceived') : t('returns.itemNotReceived')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      batch.confirmed
        ? html`<p class="confirmed"><strong>${t('returns.confirmed')}</strong></p>`
        : html`<form method="post" action="/console/returns/${batch.batchId}/confirm">
            <input type="hidden" name="csrf" value="${context.csrfToken ?? ''}" />
            <button type="submit">${t('returns.confirm', { count: batch.items.length })}</button>
          </form>`
    }
  </section>`;
}

/** "Returned to you": the centre's return batches for this provider, each confirmed as a whole. */
export function returnedBatchesPage(context: PageContext, batches: readonly ReturnedBatch[]): SafeHtml {
  const { t } = context;
  return layout(
    context,
    t('views.returns'),
    html`<h1>${t('returns.title')}</h1>
      ${viewsNav(context, 'returns')}
      <p>${t('returns.intro')}</p>
      ${
        batches.length === 0
          ? html`<p class="empty">${t('returns.empty')}</p>`
          : batches.map((batch) => batchSection(context, batch))
      }`,
  );
}
