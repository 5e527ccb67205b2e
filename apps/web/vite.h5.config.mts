import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiUrl = process.env.HANDOVER_API_URL ?? 'http://localhost:3000';

/**
 * 业主端 H5: the owner app, served by the API at /h5/ (`npm start`) as the console is at /console. Its own entry and
 * bundle — React and plain CSS, no Ant Design — so a slow phone loads little (initial JS ≤ 150 KB gzipped, issue 17).
 * `npx vite --config apps/web/vite.h5.config.mts` serves it with hot reload and forwards /owner/* to the API.
 */
export default defineConfig({
  root: `${import.meta.dirname}/h5`,
  base: '/h5/',
  plugins: [react()],
  resolve: { alias: { '@handover/domain': `${import.meta.dirname}/../../libs/domain/src` } },
  server: {
    port: Number(process.env.WEB_H5_DEV_PORT ?? 5174),
    proxy: { '^/(?!h5(/|$))': { target: apiUrl, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // the budget is checked by the e2e test on what the browser loads; keep Vite's warning near it
    chunkSizeWarningLimit: 450,
  },
});
