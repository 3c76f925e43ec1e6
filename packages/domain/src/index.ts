export * from './calendar/index.js';
export * from './date.js';
export * from './locale/index.js';
