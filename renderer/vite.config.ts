import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The UI is built once and loaded from files by Electron (hence relative paths) and served by browser mode.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
