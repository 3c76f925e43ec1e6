import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsReport } from './initial-js.js';

// The server mounts the console under /admin/; in dev, Vite forwards tRPC and the JSON API to a running server.
export default defineConfig({
  base: '/admin/',
  plugins: [react(), initialJsReport()],
  build: { outDir: 'dist' },
  server: { proxy: { '/trpc': 'http://localhost:3000', '/api': 'http://localhost:3000' } },
});
