import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const apiUrl = process.env.HANDOVER_API_URL ?? 'http://localhost:3000';

/**
 * The console is served by the API at /console (`npm start`); `npm run dev:web` serves it with hot reload and
 * forwards every other path to the API, so the browser talks to one origin either way.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [react()],
  // Pure domain constants (phases, handover steps) come from the one place the API and the workflows use too.
  resolve: { alias: { '@handover/domain': `${import.meta.dirname}/../../libs/domain/src` } },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: { '^/(?!console(/|$))': { target: apiUrl, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'h5/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
