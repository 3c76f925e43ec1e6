export * from './common-inputs.js';
