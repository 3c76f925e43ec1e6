export * from './deadlines.js';
export * from './digest.js';
export * from './ics.js';
export * from './items.js';
