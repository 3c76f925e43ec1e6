import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditActionLabels, pipelineEventKinds } from '@ketnap/domain';
import { describe, expect, it } from 'vitest';

/** The api's source files (tests left out): every audit action it writes is spelled in one of them. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? sources(join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
          ? Promise.resolve([join(dir, e.name)])
          : Promise.resolve([]),
    ),
  );
  return nested.flat();
}

describe('the audit actions the api writes', () => {
  it('each has words in the domain table (the type of ctx.audit holds it too; this reads the source)', async () => {
    const written = new Set<string>();
    for (const file of await sources(new URL('.', import.meta.url).pathname)) {
      const text = await readFile(file, 'utf8');
      for (const [, action] of text.matchAll(/action: '([a-z]+\.[a-z-]+)'/g)) if (action) written.add(action);
      // The templated ones: a step by its kind, an import by its kind, a sensitive read by its target.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: it searches the source text of a template literal
      if (text.includes('action: `candidate.${input.event.kind}`'))
        for (const kind of pipelineEventKinds) written.add(`candidate.${kind}`);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: it searches the source text of a template literal
      if (text.includes('action: `import.${kind}`'))
        for (const k of ['members', 'candidates']) written.add(`import.${k}`);
    }
    for (const type of ['candidate', 'commune']) written.add(`${type}.read-sensitive`);
    expect(written.size).toBeGreaterThan(40);
    const labels = auditActionLabels as Record<string, unknown>;
    expect([...written].filter((action) => !labels[action])).toEqual([]);
  });
});
