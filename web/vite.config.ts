// The console's browser bundle: root web/, served by the operator under /ui/ from dist/ui.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/ui/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/ui', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP allows scripts and styles from 'self' only: nothing inlined into index.html.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
