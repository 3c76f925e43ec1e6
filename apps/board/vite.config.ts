import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server mounts the board at the site root; in dev, Vite forwards the JSON API to a running server.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist' },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
