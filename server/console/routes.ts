import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  defaultCentreTimeZone,
  localDateOf,
  resultKinds,
  type CentreTimeZone,
  type Instant,
} from '../../shared/domain';
import { applicationContentSchema, requiredText } from '../../shared/schemas';
import type { ServerDatabase } from '../db/open';
import { findProvider } from '../store/providers';
import {
  createConsoleSession,
  deleteConsoleSession,
  findConsoleSessionUser,
  consoleSessionTtlMs,
} from '../store/console-sessions';
import { authenticateProviderUser } from '../store/provider-users';
import { hasBlob, readBlob } from '../store/blobs';
import { sha256Hex } from '../store/ids';
import { consoleCss, consoleFavicon } from './assets/console-css';
import {
  applicationDetail,
  confirmReturnBatch,
  listApplications,
  listReturnedBatches,
  recordProviderAction,
  type ProviderAction,
} from './console-store';
import { readCookie, serializeCookie } from './cookies';
import type { SafeHtml } from './html';
import { defaultConsoleLanguage, isConsoleLanguage, translatorFor, type ConsoleLanguage } from './i18n';
import { applicationDetailPage } from './pages/application-detail';
import { applicationsListPage } from './pages/applications-list';
import { returnedBatchesPage } from './pages/returned-batches';
import { signInPage } from './pages/sign-in';
import { SignInThrottle } from './sign-in-throttle';
import { consoleViews, type ConsoleUser, type ConsoleView, type PageContext } from './view-models';

export interface ConsoleDependencies {
  readonly database: ServerDatabase;
  readonly now: () => Date;
  /** The providers' zone, for "today" against due dates. */
  readonly timeZone?: CentreTimeZone;
}

const sessionCookie = 'cd_console';
const languageCookie = 'cd_console_lang';
const noticeKeys = new Set(['taken', 'resultRecorded', 'dispatched', 'returnConfirmed']);
const errorKeys = new Set(['stale', 'csrf', 'refusalReasonRequired', 'resultKind']);

const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

type FormBody = Readonly<Record<string, string>>;

const scanExtensions: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const whySchema = requiredText(1000);

/** The provider console: server-rendered pages (they work without scripts), kk/ru/en, cookie sessions. */
export function consolePlugin(deps: ConsoleDependencies) {
  return async (scope: FastifyInstance): Promise<void> => {
    const throttle = new SignInThrottle();
    const zone = deps.timeZone ?? defaultCentreTimeZone;

    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
    }
    scope.addHook('onSend', async (_request, reply) => {
      reply.headers(securityHeaders);
    });

    const languageOf = (request: FastifyRequest): ConsoleLanguage => {
      const chosen = readCookie(request.headers.cookie, languageCookie);
      return isConsoleLanguage(chosen) ? chosen : defaultConsoleLanguage;
    };
    const sessionTokenOf = (request: FastifyRequest) => readCookie(request.headers.cookie, sessionCookie);
    const csrfOf = (token: string) => sha256Hex(`console-csrf:${token}`);
    const secure = (request: FastifyRequest) => request.protocol === 'https';

    async function currentUser(
      request: FastifyRequest,
    ): Promise<{ user: ConsoleUser; token: string } | null> {
      const token = sessionTokenOf(request);
      if (token === null) return null;
      const found = await findConsoleSessionUser(deps.database.db, token, deps.now());
      if (found === null) return null;
      const provider = await findProvider(deps.database.db, found.provider_bin);
      if (provider === null) return null;
      return {
        token,
        user: {
          id: found.id,
          displayName: found.display_name,
          providerBin: found.provider_bin,
          providerName: { kk: provider.name_kk, ru: provider.name_ru },
        },
      };
    }

    function context(
      request: FastifyRequest,
      signedIn: { user: ConsoleUser; token: string } | null,
      notice: PageContext['notice'] = null,
    ): PageContext {
      const language = languageOf(request);
      const t = translatorFor(language);
      const query = request.query as Record<string, unknown>;
      const done = typeof query['done'] === 'string' && noticeKeys.has(query['done']) ? query['done'] : null;
      const error =
        typeof query['error'] === 'string' && errorKeys.has(query['error']) ? query['error'] : null;
      return {
        t,
        language,
        path: request.url,
        user: signedIn?.user ?? null,
        csrfToken: signedIn === null ? null : csrfOf(signedIn.token),
        today: localDateOf(deps.now().toISOString() as Instant, zone),
        timeZone: zone,
        notice:
          notice ??
          (error !== null
            ? { kind: 'error', text: t(`errors.${error}`) }
            : done !== null
              ? { kind: 'ok', text: t(`notice.${done}`) }
              : null),
      };
    }

    const page = (reply: FastifyReply, body: SafeHtml, status = 200) =>
      reply.status(status).type('text/html; charset=utf-8').send(body.text);

    /** Signed-in pages: otherwise to the sign-in page. POSTs also need the session's CSRF token. */
    async function requireUser(request: FastifyRequest, reply: FastifyReply) {
      const signedIn = await currentUser(request);
      if (signedIn === null) {
        await reply.redirect('/console/sign-in', 303);
        return null;
      }
      if (request.method === 'POST') {
        const body = (request.body ?? {}) as FormBody;
        if (body['csrf'] !== csrfOf(signedIn.token)) {
          // Back to the page the form was on: the application for its actions, else the list.
          const path = request.url.split('?')[0] ?? '';
          const page = path.startsWith('/console/returns/')
            ? '/console/returns'
            : (/^\/console\/applications\/[^/]+(?=\/[a-z-]+$)/.exec(path)?.[0] ?? '/console/applications');
          await reply.redirect(`${page}?error=csrf`, 303);
          return null;
        }
      }
      return signedIn;
    }

    scope.get('/console', async (_request, reply) => reply.redirect('/console/applications', 303));
    scope.get('/console/assets/console.css', async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(consoleCss),
    );

    // Without an icon of its own, the browser asks for /favicon.ico and logs a 404 on every page.
    scope.get('/console/assets/favicon.svg', async (_request, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(consoleFavicon),
    );

    scope.get('/console/language', async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const lang = query['lang'];
      const back =
        typeof query['back'] === 'string' && /^\/console(\/|$|\?)/.test(query['back'])
          ? query['back']
          : '/console';
      if (isConsoleLanguage(lang)) {
        reply.header(
          'set-cookie',
          serializeCookie(languageCookie, lang, {
            maxAgeSeconds: 365 * 24 * 3600,
            httpOnly: false,
            secure: secure(request),
          }),
        );
      }
      return reply.redirect(back, 303);
    });

    scope.get('/console/sign-in', async (request, reply) =>
      page(reply, signInPage(context(request, null), '')),
    );

    scope.post('/console/sign-in', async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const login = String(body['login'] ?? '').trim();
      const password = String(body['password'] ?? '');
      const t = translatorFor(languageOf(request));
      const throttleKey = login.toLowerCase();
      const nowMs = deps.now().getTime();
      if (throttle.isBlocked(throttleKey, nowMs)) {
        return page(
          reply,
          signInPage(context(request, null, { kind: 'error', text: t('errors.tooManyAttempts') }), login),
          429,
        );
      }
      const user = login === '' ? null : await authenticateProviderUser(deps.database.db, login, password);
      if (user === null) {
        throttle.recordFailure(throttleKey, nowMs);
        return page(
          reply,
          signInPage(context(request, null, { kind: 'error', text: t('errors.signInFailed') }), login),
          401,
        );
      }
      throttle.reset(throttleKey);
      const token = await createConsoleSession(deps.database, user.id, deps.now());
      reply.header(
        'set-cookie',
        serializeCookie(sessionCookie, token, {
          maxAgeSeconds: Math.floor(consoleSessionTtlMs / 1000),
          httpOnly: true,
          secure: secure(request),
        }),
      );
      return reply.redirect('/console/applications', 303);
    });

    scope.post('/console/sign-out', async (request, reply) => {
      const signedIn = await requireUser(request, reply);
      if (signedIn === null) return reply;
      await deleteConsoleSession(deps.database, signedIn.token);
      reply.header(
        'set-cookie',
        serializeCookie(sessionCookie, '', { maxAgeSeconds: 0, httpOnly: true, secure: secure(request) }),
      );
      return reply.redirect('/console/sign-in', 303);
    });

    scope.get('/console/applications', async (request, reply) => {
      const signedIn = await requireUser(request, reply);
      if (signedIn === null) return reply;
      const requested = (request.query as Record<string, unknown>)['view'];
      const view: ConsoleView = consoleViews.find((candidate) => candidate === requested) ?? 'incoming';
      const rows = await listApplications(deps.database.db, signedIn.user, view);
      return page(reply, applicationsListPage(context(request, signedIn), view, rows));
    });

    scope.get<{ Params: { id: string } }>('/console/applications/:id', async (request, reply) => {
      const signedIn = await requireUser(request, reply);
      if (signedIn === null) return reply;
      const ctx = context(request, signedIn);
      const detail = uuidPattern.test(request.params.id)
        ? await applicationDetail(deps.database.db, signedIn.user, request.params.id)
        : null;
      if (detail === null) {
        const rows = await listApplications(deps.database.db, signedIn.user, 'incoming');
        return page(
          reply,
          applicationsListPage(
            { ...ctx, notice: { kind: 'error', text: ctx.t('errors.notFound') } },
            'incoming',
            rows,
          ),
          404,
        );
      }
      const parsed = detail.snapshot === null ? null : applicationContentSchema.safeParse(detail.snapshot);
      const content = parsed?.success === true ? parsed.data : null;
      const received = new Set<string>();
      for (const scan of content?.scans ?? []) {
        if ((await hasBlob(deps.database.db, scan.sha256)) !== null) received.add(scan.sha256);
      }
      return page(reply, applicationDetailPage(ctx, detail, content, received));
    });

    /** A scan that came with one of this provider's applications: downloaded, never shown in the console's origin. */
    scope.get<{ Params: { id: string; sha256: string } }>(
      '/console/applications/:id/scans/:sha256',
      async (request, reply) => {
        const signedIn = await requireUser(request, reply);
        if (signedIn === null) return reply;
        const { id, sha256 } = request.params;
        const detail = uuidPattern.test(id)
          ? await applicationDetail(deps.database.db, signedIn.user, id)
          : null;
        const snapshot = detail?.snapshot ?? null;
        const parsed = snapshot === null ? null : applicationContentSchema.safeParse(snapshot);
        const scan =
          parsed?.success === true ? parsed.data.scans?.find((one) => one.sha256 === sha256) : undefined;
        const blob = scan === undefined ? null : await readBlob(deps.database.db, sha256);
        if (scan === undefined || blob === null)
          return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
        const extension = scanExtensions[blob.mediaType] ?? 'bin';
        return reply
          .type(blob.mediaType)
          .header(
            'content-disposition',
            `attachment; filename="${detail?.receiptNumber ?? id}-${sha256.slice(0, 8)}.${extension}"`,
          )
          .send(Buffer.from(blob.bytes));
      },
    );

    /** "Returned to you": the centre's return batches for this provider. */
    scope.get('/console/returns', async (request, reply) => {
      const signedIn = await requireUser(request, reply);
      if (signedIn === null) return reply;
      const batches = await listReturnedBatches(deps.database.db, signedIn.user);
      return page(reply, returnedBatchesPage(context(request, signedIn), batches));
    });

    /** Confirms receipt of a whole return batch: one 'return-received' per item, all or none. */
    scope.post<{ Params: { batchId: string } }>(
      '/console/returns/:batchId/confirm',
      async (request, reply) => {
        const signedIn = await requireUser(request, reply);
        if (signedIn === null) return reply;
        const { batchId } = request.params;
        if (!uuidPattern.test(batchId)) return reply.redirect('/console/returns', 303);
        const outcome = await confirmReturnBatch(deps.database, signedIn.user, batchId, deps.now());
        if (outcome.ok) return reply.redirect('/console/returns?done=returnConfirmed', 303);
        return reply.redirect(`/console/returns${outcome.error === 'not-found' ? '' : '?error=stale'}`, 303);
      },
    );

    /** take / result / dispatch: Post/Redirect/Get back to the application with a notice. */
    scope.post<{ Params: { id: string; action: string } }>(
      '/console/applications/:id/:action',
      async (request, reply) => {
        const signedIn = await requireUser(request, reply);
        if (signedIn === null) return reply;
        const { id } = request.params;
        const back = `/console/applications/${encodeURIComponent(id)}`;
        const body = (request.body ?? {}) as FormBody;
        let action: ProviderAction;
        switch (request.params.action) {
          case 'take':
            action = { type: 'taken-into-work' };
            break;
          case 'dispatch':
            action = { type: 'dispatched-to-centre' };
            break;
          case 'result': {
            const kind = resultKinds.find((candidate) => candidate === body['resultKind']);
            if (kind === undefined) return reply.redirect(`${back}?error=resultKind`, 303);
            const why = whySchema.safeParse(body['why'] ?? '');
            if (kind === 'reasoned-refusal' && !why.success)
              return reply.redirect(`${back}?error=refusalReasonRequired`, 303);
            action = {
              type: 'result-ready',
              resultKind: kind,
              why: kind === 'reasoned-refusal' && why.success ? why.data : undefined,
            };
            break;
          }
          default:
            return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
        }
        if (!uuidPattern.test(id)) return reply.redirect('/console/applications', 303);
        const outcome = await recordProviderAction(deps.database, signedIn.user, id, action, deps.now());
        if (outcome.ok) {
          const done =
            action.type === 'taken-into-work'
              ? 'taken'
              : action.type === 'result-ready'
                ? 'resultRecorded'
                : 'dispatched';
          return reply.redirect(`${back}?done=${done}`, 303);
        }
        if (outcome.error === 'not-found') return reply.redirect('/console/applications', 303);
        return reply.redirect(`${back}?error=${outcome.error === 'invalid' ? 'resultKind' : 'stale'}`, 303);
      },
    );
  };
}
