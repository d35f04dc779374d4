import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The renderer: one build that runs unchanged inside Electron (app:// protocol) and in plain Chromium.
export default defineConfig({
  root: `${root}renderer`,
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: `${root}dist/renderer`,
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    target: 'chrome130',
  },
  server: {
    host: '127.0.0.1',
    strictPort: true,
    fs: { allow: [root] },
  },
  preview: {
    host: '127.0.0.1',
    strictPort: true,
  },
});
