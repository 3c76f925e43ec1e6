/// <reference types="node" />
// Writes docs/rules.md from the code: `pnpm --filter @ketnap/domain gen:docs`.
import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/rules/rules-doc.js';

const target = new URL('../../../docs/rules.md', import.meta.url);
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target.pathname}`);
