import { defineConfig } from 'vite';

// Relative asset URLs: the gateway serves the app under /dashboard/, behind any path prefix.
export default defineConfig({
  base: './',
  build: { outDir: 'dist/app', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
