export * from './composition.js';
export * from './labels.js';
