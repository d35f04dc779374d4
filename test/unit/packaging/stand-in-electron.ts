import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The fuse sentinel @electron/fuses searches for, followed by version 1 and the wire. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/**
 * Electron 45's shipped fuse wire ('1' on, '0' off), in FuseV1Options order: RunAsNode,
 * EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
 * GrantFileProtocolExtraPrivileges, WasmTrapHandlers.
 */
export const SHIPPED_FUSE_WIRE = '101100011';

/**
 * A stand-in for an unpacked Electron distribution (the real binary downloads from GitHub, which
 * is unreachable here): an `electron` file carrying a genuine fuse wire, plus the files an
 * unpacked Linux distribution has beside it. electron-builder copies it as-is and flips its fuses.
 */
export async function writeStandInElectron(directory: string, version: string): Promise<void> {
  await mkdir(path.join(directory, 'resources'), { recursive: true });
  const wire = Buffer.from(SHIPPED_FUSE_WIRE, 'latin1');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: cannot run"\nexit 1\n', 'latin1'),
    Buffer.alloc(256),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, wire.length]),
    wire,
    Buffer.alloc(256),
  ]);
  await writeFile(path.join(directory, 'electron'), binary, { mode: 0o755 });
  await writeFile(path.join(directory, 'version'), version);
  await writeFile(path.join(directory, 'LICENSE'), 'MIT (stand-in)\n');
  await writeFile(path.join(directory, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
}
