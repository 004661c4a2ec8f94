/**
 * The dashboard's build: web/ → dist/web, one hashed script and style sheet, no inline script (the server's
 * Content-Security-Policy allows none). In development, `npx vite --config web/vite.config.ts` serves it with /api
 * proxied to a `dyad serve` on :8080.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // the polyfill would be inlined into index.html; every browser the dashboard targets has modulepreload
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { output: { manualChunks: { charts: ['chart.js'], graph: ['cytoscape'] } } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
