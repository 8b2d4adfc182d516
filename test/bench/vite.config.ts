import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the bench apps as an app would: one entry per page, code-split, minified.
export default defineConfig({
  root: `${import.meta.dirname}/apps`,
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: process.env.BENCH_OUT ?? 'dist',
    emptyOutDir: true,
    manifest: true,
    rolldownOptions: {
      input: {
        baseline: `${import.meta.dirname}/apps/baseline.html`,
        gatehouse: `${import.meta.dirname}/apps/gatehouse.html`,
        local: `${import.meta.dirname}/apps/local.html`,
      },
    },
  },
});
