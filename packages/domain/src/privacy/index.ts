export * from './erasure.js';
export * from './export-document.js';
export * from './retention.js';
