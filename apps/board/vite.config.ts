import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server mounts the board at the site root; in dev, Vite forwards the JSON API to a running server.
// `vite build --ssr` (the second half of `pnpm build`) builds src/ssr.tsx, the server-side renderer, into
// dist-server/render.js: one self-contained module (React included) in React's production build, which the
// server loads to put the figures into the page (apps/server/src/board-page.ts).
export default defineConfig(({ isSsrBuild }) => ({
  base: '/',
  plugins: [react()],
  build: isSsrBuild
    ? {
        outDir: 'dist-server',
        emptyOutDir: true,
        rollupOptions: { output: { entryFileNames: 'render.js' } },
      }
    : { outDir: 'dist' },
  ssr: { noExternal: true, target: 'node' },
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  server: { proxy: { '/api': 'http://localhost:3000' } },
}));
