export * from './date.js';
