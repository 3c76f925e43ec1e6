export * from './calendar/index.js';
export * from './date.js';
export * from './locale/index.js';
export * from './pipeline/index.js';
export * from './progress.js';
export * from './rules/index.js';
export * from './forecast/index.js';
export * from './quota/index.js';
