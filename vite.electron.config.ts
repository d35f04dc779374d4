import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Electron and Node's built-ins come from the runtime; everything else (shared/, zod) is bundled,
// because the packaged app ships no node_modules.
const runtimeModules = ['electron', /^electron\/.+/u, /^node:/u, ...builtinModules];

/**
 * One self-contained CommonJS file per entry. The sandboxed preload can require nothing but
 * 'electron', so neither build may split code into chunks.
 */
function electronBundle(entry: string, outDir: string): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir: `${root}${outDir}`,
      emptyOutDir: true,
      ssr: `${root}${entry}`,
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: {
        external: runtimeModules,
        output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
      },
    },
  };
}

// `vite build -c vite.electron.config.ts` builds both environments (the builder's buildApp).
export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  environments: {
    electronMain: electronBundle('electron/main/index.ts', 'dist/electron/main'),
    electronPreload: electronBundle('electron/preload/index.ts', 'dist/electron/preload'),
  },
  builder: {
    buildApp: async (builder) => {
      const { electronMain, electronPreload } = builder.environments;
      if (electronMain === undefined || electronPreload === undefined)
        throw new Error('electron environments missing');
      await builder.build(electronMain);
      await builder.build(electronPreload);
    },
  },
});
