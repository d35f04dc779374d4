import { canonicalJson, syncPaths } from '../../../shared/sync';
import { eventHash } from '../../../server/store/ids';
import type { RunningServer } from '../../../server/start';
import type { Place } from './events';

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export async function request(
  url: string,
  method: string,
  path: string,
  options: {
    body?: unknown;
    rawBody?: string | Uint8Array;
    token?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  let body: string | Uint8Array | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body as BodyInit;
  const response = await fetch(`${url}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** A desk as the protocol sees it: enrolled device, its own deviceSeq, push and pull over real HTTP. */
export class TestDesk {
  nextSeq = 1;

  constructor(
    /** Where the server is (a restarted server may listen elsewhere). */
    public url: string,
    readonly place: Place,
    readonly deviceId: string,
    readonly token: string,
    public epoch: string,
  ) {}

  static async enrol(server: RunningServer, place: Place): Promise<TestDesk> {
    const { code } = await server.admin.issueEnrolmentCode(place);
    const answer = await request(server.url, 'POST', syncPaths.enrol, {
      body: { code, ...place, deskLabel: `desk ${place.centreCode}-${place.workstationCode}` },
    });
    if (answer.status !== 201) throw new Error(`enrolment failed: ${JSON.stringify(answer)}`);
    return new TestDesk(
      server.url,
      place,
      answer.body['deviceId'] as string,
      answer.body['deviceToken'] as string,
      answer.body['serverEpoch'] as string,
    );
  }

  /** Entries for the next sequences (the desk's outbox rows). */
  entries(events: readonly unknown[], fromSeq = this.nextSeq) {
    return events.map((event, i) => ({ deviceSeq: fromSeq + i, hash: eventHash(event), event }));
  }

  /** Pushes events as the next sequences; advances the desk's counter when acknowledged. */
  async push(events: readonly unknown[]): Promise<Answer> {
    const answer = await this.pushEntries(this.entries(events));
    if (answer.status === 200) this.nextSeq = (answer.body['ackedThroughSeq'] as number) + 1;
    return answer;
  }

  pushEntries(entries: readonly unknown[], epoch = this.epoch): Promise<Answer> {
    return this.pushSerialized(this.serializePush(entries, epoch));
  }

  /** The push body as the desk sends it (a benchmark makes it before its clock starts). */
  serializePush(entries: readonly unknown[], epoch = this.epoch): string {
    // As the desk sends it (renderer/sync/sync-client.ts): canonical JSON.
    return canonicalJson({ deviceId: this.deviceId, serverEpoch: epoch, events: entries });
  }

  pushSerialized(body: string): Promise<Answer> {
    return request(this.url, 'POST', syncPaths.push, {
      token: this.token,
      rawBody: body,
      headers: { 'content-type': 'application/json' },
    });
  }

  pull(cursor = 0, limit?: number): Promise<Answer> {
    const query = `?cursor=${cursor}${limit === undefined ? '' : `&limit=${limit}`}`;
    return request(this.url, 'GET', `${syncPaths.pull}${query}`, { token: this.token });
  }

  /** Every entry after `cursor`, page by page. */
  async pullAll(cursor = 0, limit = 500): Promise<Record<string, unknown>[]> {
    const all: Record<string, unknown>[] = [];
    for (;;) {
      const page = await this.pull(cursor, limit);
      if (page.status !== 200) throw new Error(`pull failed: ${JSON.stringify(page.body)}`);
      all.push(...(page.body['entries'] as Record<string, unknown>[]));
      cursor = page.body['cursor'] as number;
      if (page.body['hasMore'] !== true) return all;
    }
  }
}

export { canonicalJson };
