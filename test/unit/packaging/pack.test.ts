import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_FUSE_WIRE, writeStandInElectron } from './stand-in-electron';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const ELECTRON_VERSION = '45.4.1';
const MINUTES = 60_000;

/** Runs a Node CLI from node_modules with this Node; throws with its output if it fails. */
function runNodeCli(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(process.execPath, [path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 5 * MINUTES,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0)
    throw new Error(`${script} ${args.join(' ')} failed (${result.status}):\n${output}`);
  return output;
}

/** Builds whatever part of dist/ is missing, with the same commands as the npm scripts. */
function ensureBuilt(): void {
  const vite = 'node_modules/vite/bin/vite.js';
  if (!existsSync(path.join(repoRoot, 'dist/renderer/index.html')))
    runNodeCli(vite, ['build', '--logLevel', 'warn']);
  const electronBundles = ['dist/electron/main/index.cjs', 'dist/electron/preload/index.cjs'];
  if (!electronBundles.every((file) => existsSync(path.join(repoRoot, file)))) {
    runNodeCli(vite, ['build', '--logLevel', 'warn', '-c', 'vite.electron.config.ts']);
  }
}

let workDir = '';
let appOutDir = '';
let asarPath = '';
let entries: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  workDir = await mkdtemp(path.join(tmpdir(), 'counter-desk-pack-'));
  const electronDist = path.join(workDir, 'electron-dist');
  await writeStandInElectron(electronDist, ELECTRON_VERSION);
  // Any download attempt would go to a closed port and fail the build: packing must be offline.
  const offline = {
    ...process.env,
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
  };
  runNodeCli(
    'node_modules/electron-builder/cli.js',
    [
      '--config',
      'electron-builder.yml',
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${ELECTRON_VERSION}`,
      `-c.directories.output=${path.join(workDir, 'release')}`,
    ],
    offline,
  );
  appOutDir = path.join(workDir, 'release', 'linux-unpacked');
  asarPath = path.join(appOutDir, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
}, 10 * MINUTES);

afterAll(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

const text = (entry: string) => extractFile(asarPath, entry.replace(/^\//u, '')).toString('utf8');
const files = () => entries.filter((entry) => /\.[a-z0-9]+$/iu.test(entry));

describe('packed application (electron-builder --dir --linux)', () => {
  it('holds the main and preload bundles, and package.json points at main', () => {
    expect(entries).toEqual(
      expect.arrayContaining(['/dist/electron/main/index.cjs', '/dist/electron/preload/index.cjs']),
    );
    const manifest = JSON.parse(text('/package.json')) as { main: string };
    expect(entries).toContain(`/${manifest.main}`);
  });

  it('has a preload that requires nothing but electron (the sandbox allows no more)', () => {
    const required = [
      ...text('/dist/electron/preload/index.cjs').matchAll(/require\((["'])([^"']+)\1\)/gu),
    ].map((match) => match[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('holds the renderer build: index.html, scripts, styles and the bundled fonts', () => {
    expect(entries).toContain('/dist/renderer/index.html');
    const assets = files().filter((entry) => entry.startsWith('/dist/renderer/assets/'));
    expect(assets.some((entry) => entry.endsWith('.js'))).toBe(true);
    expect(assets.some((entry) => entry.endsWith('.css'))).toBe(true);
    expect(assets.filter((entry) => entry.endsWith('.woff2')).length).toBeGreaterThan(0);
  });

  it('carries the Kazakh locale inside the renderer bundle', () => {
    const scripts = files().filter(
      (entry) => entry.startsWith('/dist/renderer/assets/') && entry.endsWith('.js'),
    );
    // Letters of Kazakh that Russian lacks: only kk texts contain them.
    expect(scripts.some((entry) => /[әғқңөұүһі]/u.test(text(entry)))).toBe(true);
  });

  it('ships no sources, tests, source maps or node_modules: only package.json and the two builds', () => {
    const outsideTheBuilds = entries.filter(
      (entry) => entry !== '/package.json' && !/^\/dist(\/(electron|renderer)(\/|$)|$)/u.test(entry),
    );
    expect(outsideTheBuilds).toEqual([]);
    const unwanted = entries.filter(
      (entry) =>
        /\.(ts|tsx|map)$/u.test(entry) || /\.(test|spec)\./u.test(entry) || entry.includes('/node_modules/'),
    );
    expect(unwanted).toEqual([]);
  });

  it('flips the fuses on the packed binary', async () => {
    const fuses = await getCurrentFuseWire(path.join(appOutDir, 'counter-desk'));
    const state = (option: FuseV1Options) => fuses[option];
    expect(SHIPPED_FUSE_WIRE[FuseV1Options.RunAsNode]).toBe('1'); // the stand-in starts from Electron's defaults
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyLoadFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      fileProtocolPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      cookieEncryption: FuseState.ENABLE,
      nodeOptions: FuseState.DISABLE,
      inspectArguments: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyLoadFromAsar: FuseState.ENABLE,
      fileProtocolPrivileges: FuseState.DISABLE,
    });
  });
});
