import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The budget of issue 4 item 7: what a first visit downloads before the console can draw, gzipped. */
export const INITIAL_JS_BUDGET = 250 * 1024;

/**
 * Reports, at the end of `vite build`, the gzipped size of the JavaScript a first visit loads: the entry chunk and
 * every chunk it imports statically (what index.html loads and preloads). Lazily loaded screens are not counted.
 * The build fails when the budget is exceeded; the built-apps test checks the same figure on the files themselves.
 */
export function initialJsReport(): Plugin {
  return {
    name: 'ketnap-initial-js',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((item) =>
          item.type === 'chunk' ? [[item.fileName, item] as const] : [],
        ),
      );
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const bytes = [...initial].reduce(
        (sum, file) => sum + gzipSync(chunks.get(file)?.code ?? '').length,
        0,
      );
      const lazy = chunks.size - initial.size;
      const line = `initial JS: ${(bytes / 1024).toFixed(1)} KB gzip in ${initial.size} file(s) (budget ${INITIAL_JS_BUDGET / 1024} KB); ${lazy} lazy chunk(s)`;
      if (bytes > INITIAL_JS_BUDGET) this.error(line);
      this.info(line);
    },
  };
}
