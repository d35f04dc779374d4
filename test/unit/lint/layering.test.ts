import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they lived at a given path, with the project's own eslint.config.js,
// so the layering rules are proven to fire (and to stay quiet on legal imports).
const eslint = new ESLint({ cwd: process.cwd() });

async function layeringMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layering/code-layering').map((m) => m.message);
}

describe('layering rules of ARCHITECTURE.md', () => {
  it.each([
    [
      'shared/domain/x.ts',
      "import { a } from '../../renderer/app/a';\nexport const b = a;",
      /shared\/ must not import renderer/,
    ],
    ['shared/domain/x.ts', "import fs from 'node:fs';\nexport const b = fs;", /shared\/ is pure TypeScript/],
    [
      'shared/domain/x.ts',
      "import Dexie from 'dexie';\nexport const b = Dexie;",
      /shared\/ is pure TypeScript/,
    ],
    [
      'shared/domain/x.ts',
      "import { x } from '../../test/fixtures/x';\nexport const b = x;",
      /must not import test/,
    ],
    [
      'renderer/app/x.ts',
      "import { a } from '../../electron/main/a';\nexport const b = a;",
      /renderer\/ must not import electron/,
    ],
    [
      'renderer/app/x.ts',
      "import { a } from '../../server/a';\nexport const b = a;",
      /renderer\/ must not import server/,
    ],
    [
      'renderer/app/x.ts',
      "import { shell } from 'electron';\nexport const b = shell;",
      /renderer\/ knows the host only/,
    ],
    [
      'renderer/features/intake/x.ts',
      "import Dexie from 'dexie';\nexport const b = Dexie;",
      /Only renderer\/db\/ may import Dexie/,
    ],
    [
      'renderer/features/intake/x.ts',
      'export const b = window.desk;',
      /Only renderer\/host\/ may touch window.desk/,
    ],
    [
      'electron/main/x.ts',
      "import { a } from '../../renderer/app/a';\nexport const b = a;",
      /electron\/ must not import renderer/,
    ],
    ['electron/main/x.ts', "import { ipcMain } from 'electron';\nexport const b = ipcMain;", /Raw ipcMain/],
    [
      'electron/preload/index.ts',
      "import { ipcRenderer } from 'electron';\nexport const b = ipcRenderer;",
      /Raw ipcRenderer/,
    ],
    ['electron/main/x.ts', "import * as e from 'electron';\nexport const b = e.ipcMain;", /Raw ipcMain/],
    [
      'server/x.ts',
      "export const load = () => import('../renderer/app/a');",
      /server\/ must not import renderer/,
    ],
  ])('%s: a cross-layer import is an error', async (filePath, code, expected) => {
    const messages = await layeringMessages(filePath, code);
    expect(
      messages.some((m) => expected.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });

  it.each([
    [
      'shared/domain/x.ts',
      "import { z } from 'zod';\nimport { y } from '../host/contract';\nexport const b = [z, y];",
    ],
    ['renderer/db/x.ts', "import Dexie from 'dexie';\nexport const b = Dexie;"],
    ['renderer/host/x.ts', 'export const b = window.desk;'],
    ['renderer/app/x.ts', "import type { HostApi } from '../../shared/host/api';\nexport type B = HostApi;"],
    ['electron/main/ipc/handle.ts', "import { ipcMain } from 'electron';\nexport const b = ipcMain;"],
    ['electron/preload/ipc.ts', "import { ipcRenderer } from 'electron';\nexport const b = ipcRenderer;"],
  ])('%s: a legal import passes', async (filePath, code) => {
    expect(await layeringMessages(filePath, code)).toEqual([]);
  });
});
