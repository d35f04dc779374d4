import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatReceiptNumber } from '../../../shared/domain';
import { canonicalJson } from '../../../shared/sync';
import type { DatabaseConfig } from '../../../server/db/open';
import { startServer, type RunningServer } from '../../../server/start';
import { duplicateApplication } from '../../unit/schemas/fixtures';

export const schoolBin = '050140001238';
export const otherSchoolBin = '980640004561';
export const secretary = { login: 'secretary', password: 'Мектеп-42 құпиясы', displayName: 'Марат Ахметов' };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A real server on a temporary SQLite file with two schools, one staff member each, and a desk enrolled. */
export async function startConsoleServer(
  now: () => Date,
  database?: DatabaseConfig,
): Promise<{
  server: RunningServer;
  push: (events: readonly object[]) => Promise<Response>;
  pull: () => Promise<{ entries: { kind: string; event?: { type: string; batchId?: string } }[] }>;
  putBlob: (bytes: Uint8Array, mediaType: string) => Promise<Response>;
  stop: () => Promise<void>;
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cd-console-'));
  const server = await startServer({
    port: 0,
    database: database ?? { kind: 'sqlite', file: path.join(dir, 'server.sqlite') },
    logLevel: 'silent',
    now,
  });
  await server.admin.addProvider({
    bin: schoolBin,
    name: { kk: '№ 42 мектеп-гимназиясы', ru: 'Школа-гимназия № 42' },
    kind: 'secondary-school',
  });
  await server.admin.addProvider({
    bin: otherSchoolBin,
    name: { kk: '№ 7 мектеп', ru: 'Школа № 7' },
    kind: 'secondary-school',
  });
  await server.admin.addProviderUser({ providerBin: schoolBin, ...secretary });
  await server.admin.addProviderUser({
    providerBin: otherSchoolBin,
    login: 'other',
    password: 'Басқа мектептің құпиясы',
    displayName: 'Басқа мектеп',
  });
  const { code } = await server.admin.issueEnrolmentCode({ centreCode: 'ALM01', workstationCode: '03' });
  const enrolled = (await (
    await fetch(`${server.url}/v1/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, centreCode: 'ALM01', workstationCode: '03', deskLabel: 'Терезе 3' }),
    })
  ).json()) as { deviceId: string; deviceToken: string; serverEpoch: string };
  let nextSeq = 1;
  const auth = { authorization: `Bearer ${enrolled.deviceToken}` };
  return {
    server,
    push: (events) => {
      const entries = events.map((event) => ({
        deviceSeq: nextSeq++,
        hash: sha256(canonicalJson(event)),
        event,
      }));
      return fetch(`${server.url}/v1/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({
          deviceId: enrolled.deviceId,
          serverEpoch: enrolled.serverEpoch,
          events: entries,
        }),
      });
    },
    putBlob: (bytes, mediaType) =>
      fetch(`${server.url}/v1/blobs/${createHash('sha256').update(bytes).digest('hex')}`, {
        method: 'PUT',
        headers: { 'content-type': mediaType, ...auth },
        body: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
      }),
    pull: async () =>
      (await (await fetch(`${server.url}/v1/sync/pull?cursor=0`, { headers: auth })).json()) as never,
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The desk's drafted + accepted events of one application addressed to `providerBin`. */
export function acceptedApplicationEvents(
  applicationId: string,
  providerBin: string,
  receiptSerial: number,
  scans: readonly object[] = [],
) {
  const desk = { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' } as const;
  const by = { userId: 'clerk-1', name: 'Айгүл Серікқызы' };
  const application = {
    ...duplicateApplication,
    id: applicationId,
    provider: { bin: providerBin, name: '№ 42 мектеп-гимназиясы' },
    ...(scans.length === 0 ? {} : { scans }),
  };
  return [
    {
      id: crypto.randomUUID(),
      applicationId,
      type: 'drafted',
      at: '2026-03-02T05:00:00.000Z',
      by,
      where: desk,
      serviceId: 'duplicate-secondary',
    },
    {
      id: crypto.randomUUID(),
      applicationId,
      type: 'accepted',
      at: '2026-03-02T05:07:00.000Z',
      by,
      where: desk,
      receiptNumber: receiptNumberFor(receiptSerial),
      dueDate: '2026-03-20',
      calendarVersion: 'kz-2024-2027.1',
      presentedDocumentIds: application.presentedDocumentIds,
      application,
    },
  ];
}

function receiptNumberFor(sequence: number): string {
  const formatted = formatReceiptNumber({ centreCode: 'ALM01', workstationCode: '03', sequence });
  if (!formatted.ok) throw new Error('receipt number');
  return formatted.value;
}
