export * from './calendar/index.js';
export * from './date.js';
export * from './locale/index.js';
export * from './progress.js';
export * from './rules/index.js';
