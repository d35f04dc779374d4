import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with one request. */
export type ProxyAction =
  /** Pass it to the server and the answer back. */
  | { readonly kind: 'forward' }
  /** Answer without asking the server. */
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly headers?: Record<string, string>;
      readonly body?: string;
    }
  /** Pass it to the server, let it commit and answer, then cut the connection before the desk hears. */
  | { readonly kind: 'drop-after-commit' }
  /** Never answer, never close: a connection that died without telling anyone (the network changed). */
  | { readonly kind: 'hang' }
  /** Pass it to the server, and the answer back only after `ms`: a slow but live connection. */
  | { readonly kind: 'slow'; readonly ms: number };

export interface RequestSeen {
  readonly method: string;
  readonly path: string;
  /** 1, 2, 3… over every request the proxy saw. */
  readonly number: number;
}

export interface FaultProxy {
  readonly url: string;
  readonly seen: readonly (RequestSeen & { readonly action: ProxyAction['kind'] })[];
  close(): Promise<void>;
}

/** A real HTTP proxy on loopback in front of the real server, misbehaving as `decide` says. */
export async function startFaultProxy(
  upstream: string,
  decide: (request: RequestSeen) => ProxyAction,
): Promise<FaultProxy> {
  const target = new URL(upstream);
  const seen: (RequestSeen & { action: ProxyAction['kind'] })[] = [];
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const info = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', number: seen.length + 1 };
    const action = decide(info);
    seen.push({ ...info, action: action.kind });
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      if (action.kind === 'hang') return;
      if (action.kind === 'answer') {
        outgoing.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
        outgoing.end(action.body ?? JSON.stringify({ error: 'internal', message: 'proxy fault' }));
        return;
      }
      const body = Buffer.concat(chunks);
      const upstreamRequest = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: info.method,
          path: info.path,
          headers: { ...incoming.headers, host: target.host, 'content-length': String(body.length) },
        },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            if (action.kind === 'drop-after-commit') {
              outgoing.socket?.destroy();
              return;
            }
            const headers = { ...answer.headers };
            delete headers['transfer-encoding'];
            const send = () => {
              outgoing.writeHead(answer.statusCode ?? 502, headers);
              outgoing.end(Buffer.concat(answerChunks));
            };
            if (action.kind === 'slow') setTimeout(send, action.ms);
            else send();
          });
        },
      );
      upstreamRequest.on('error', () => outgoing.socket?.destroy());
      upstreamRequest.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A small seeded generator (mulberry32), so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
