export * from './composition.js';
export * from './import-format.js';
export * from './labels.js';
