export * from './date.js';
export * from './locale/index.js';
