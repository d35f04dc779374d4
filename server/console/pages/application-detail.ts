import {
  findService,
  representativeRelationLabels,
  resultKindLabels,
  type ServiceDefinition,
} from '../../../shared/domain';
import type { ApplicationContent } from '../../../shared/schemas';
import { html, type SafeHtml } from '../html';
import { formatDate, formatDateTime } from '../i18n';
import { layout } from '../layout';
import type { ApplicationDetail, PageContext } from '../view-models';
import { dueState } from './dates';

function personName(person: { surname: string; givenName: string; patronymic?: string | undefined }): string {
  return [person.surname, person.givenName, person.patronymic].filter(Boolean).join(' ');
}

function scansList(
  context: PageContext,
  applicationId: string,
  scans: NonNullable<ApplicationContent['scans']>,
  received: ReadonlySet<string>,
  documentName: (id: string) => string,
) {
  const { t } = context;
  return html`<h3>${t('detail.scans')}</h3>
    <ul class="scans">
      ${scans.map((scan, i) => {
        const label = `${scan.documentId === null ? t('detail.scan', { number: i + 1 }) : documentName(scan.documentId)} (${Math.max(1, Math.round(scan.byteLength / 1024))} KB)`;
        return received.has(scan.sha256)
          ? html`<li><a href="/console/applications/${applicationId}/scans/${scan.sha256}">${label}</a></li>`
          : html`<li>${label} — ${t('detail.scanNotYetReceived')}</li>`;
      })}
    </ul>`;
}

function contentSection(
  context: PageContext,
  service: ServiceDefinition | undefined,
  content: ApplicationContent,
  receivedScans: ReadonlySet<string>,
) {
  const { t, language } = context;
  const documentName = (id: string) => service?.documents.find((d) => d.id === id)?.name[language] ?? id;
  const groundName = (id: string) => service?.grounds?.options.find((g) => g.id === id)?.name[language] ?? id;
  const { applicant, representative, answers } = content;
  return html`<section aria-labelledby="content-title">
    <h2 id="content-title">${t('detail.content')}</h2>
    <dl class="facts">
      <dt>${t('detail.applicant')}</dt>
      <dd>${personName(applicant)}</dd>
      <dt>${t('detail.iin')}</dt>
      <dd>${applicant.iin}</dd>
      ${
        applicant.birthDate === undefined
          ? ''
          : html`<dt>${t('detail.birthDate')}</dt>
              <dd>${formatDate(applicant.birthDate)}</dd>`
      }
      ${
        applicant.phone === undefined
          ? ''
          : html`<dt>${t('detail.phone')}</dt>
              <dd>${applicant.phone}</dd>`
      }
      ${
        representative === undefined
          ? ''
          : html`<dt>${t('detail.representative')}</dt>
              <dd>
                ${personName(representative)}
                (${representativeRelationLabels[representative.relation][language]}), ${t('detail.iin')}
                ${representative.iin}
              </dd>`
      }
      ${
        answers.nameChanged === undefined
          ? ''
          : html`<dt>${t('detail.nameChanged')}</dt>
              <dd>${t(answers.nameChanged ? 'detail.yes' : 'detail.no')}</dd>`
      }
      ${
        answers.documentDamaged === undefined
          ? ''
          : html`<dt>${t('detail.documentDamaged')}</dt>
              <dd>${t(answers.documentDamaged ? 'detail.yes' : 'detail.no')}</dd>`
      }
      ${
        answers.grounds === undefined
          ? ''
          : html`<dt>${t('detail.grounds')}</dt>
              <dd>${answers.grounds.map(groundName).join('; ')}</dd>`
      }
      ${
        content.schoolYearStart === undefined
          ? ''
          : html`<dt>${t('detail.schoolYear')}</dt>
              <dd>${content.schoolYearStart}/${content.schoolYearStart + 1}</dd>`
      }
    </dl>
    <h3>${t('detail.documents')}</h3>
    <ol>
      ${content.presentedDocumentIds.map((id) => html`<li>${documentName(id)}</li>`)}
    </ol>
    ${
      content.scans === undefined || content.scans.length === 0
        ? ''
        : scansList(context, content.id, content.scans, receivedScans, documentName)
    }
  </section>`;
}

function actionsSection(
  context: PageContext,
  service: ServiceDefinition | undefined,
  detail: ApplicationDetail,
) {
  const { t, language } = context;
  const csrf = html`<input type="hidden" name="csrf" value="${context.csrfToken ?? ''}" />`;
  const action = (name: string) => `/console/applications/${detail.id}/${name}`;
  switch (detail.status) {
    case 'sent-to-provider':
      return html`<form method="post" action="${action('take')}">
        ${csrf}<button type="submit">${t('actions.take')}</button>
      </form>`;
    case 'in-progress': {
      const kinds = (service?.resultKinds ?? []).filter((kind) => kind !== 'reasoned-refusal');
      return html`<form method="post" action="${action('result')}" class="result">
        ${csrf}
        <fieldset>
          <legend>${t('actions.resultLegend')}</legend>
          ${kinds.map(
            (kind, i) =>
              html`<label>
                <input type="radio" name="resultKind" value="${kind}" ${i === 0 ? html`checked` : ''} />
                ${resultKindLabels[kind][language]}
              </label>`,
          )}
          <label>
            <input type="radio" name="resultKind" value="reasoned-refusal" />
            ${resultKindLabels['reasoned-refusal'][language]}
          </label>
          <label for="why">${t('actions.refusalReasons')}</label>
          <textarea id="why" name="why" rows="4" maxlength="1000" aria-describedby="why-hint"></textarea>
          <p id="why-hint" class="hint">${t('actions.refusalHint')}</p>
        </fieldset>
        <button type="submit">${t('actions.recordResult')}</button>
      </form>`;
    }
    case 'result-ready':
    case 're-requested':
      if (detail.dispatched) return html`<p class="done">${t('actions.dispatched')}</p>`;
      return html`<form method="post" action="${action('dispatch')}">
        ${csrf}<button type="submit">
          ${t(detail.status === 're-requested' ? 'actions.dispatchReRequest' : 'actions.dispatch')}
        </button>
      </form>`;
    default:
      return html`<p class="done">${t('actions.none')}</p>`;
  }
}

export function applicationDetailPage(
  context: PageContext,
  detail: ApplicationDetail,
  content: ApplicationContent | null,
  /** The scans whose bytes the server holds. */
  receivedScans: ReadonlySet<string> = new Set(),
): SafeHtml {
  const { t, language } = context;
  const service = findService(detail.serviceId);
  const deadline = detail.status === 're-requested' ? detail.providerDueDate : detail.dueDate;
  const state = deadline === null ? null : dueState(deadline, context.today);
  return layout(
    context,
    detail.receiptNumber ?? detail.id,
    html`<p><a href="/console/applications">${t('detail.back')}</a></p>
      <h1>${t('detail.title', { receipt: detail.receiptNumber ?? detail.id })}</h1>
      <dl class="facts summary">
        <dt>${t('list.service')}</dt>
        <dd>${service?.name[language] ?? detail.serviceId}</dd>
        <dt>${t('list.status')}</dt>
        <dd>
          ${t(`status.${detail.status}`)}${detail.resultKind === null ? '' : html` — ${resultKindLabels[detail.resultKind][language]}`}
        </dd>
        <dt>${t('list.centre')}</dt>
        <dd>${detail.centreCode}</dd>
        ${
          detail.acceptedAt === null
            ? ''
            : html`<dt>${t('detail.acceptedAt')}</dt>
                <dd>${formatDateTime(detail.acceptedAt, context.timeZone)}</dd>`
        }
        ${
          deadline === null || state === null
            ? ''
            : html`<dt>
                  ${t(detail.status === 're-requested' ? 'detail.reRequestDeadline' : 'detail.dueDate')}
                </dt>
                <dd class="deadline ${state}">
                  ${formatDate(deadline)}${state === 'on-time' ? '' : html` <strong>${t(`deadline.${state}`)}</strong>`}
                </dd>`
        }
      </dl>
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">${t('actions.title')}</h2>
        ${actionsSection(context, service, detail)}
      </section>
      ${content === null ? html`<p class="notice error">${t('detail.noContent')}</p>` : contentSection(context, service, content, receivedScans)}
      <section aria-labelledby="history-title">
        <h2 id="history-title">${t('detail.history')}</h2>
        <ol class="history">
          ${detail.history.map(
            (line) =>
              html`<li>
                <time datetime="${line.at}">${formatDateTime(line.at, context.timeZone)}</time>
                ${t(`event.${line.type}`, { defaultValue: line.type })} — ${line.byName}
                ${line.resultKind === null ? '' : html` (${resultKindLabels[line.resultKind][language]})`}
                ${line.why === null ? '' : html`<blockquote>${line.why}</blockquote>`}
              </li>`,
          )}
        </ol>
      </section>`,
  );
}
