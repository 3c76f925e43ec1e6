export * from './earliest.js';
export * from './facts.js';
export * from './projection.js';
export * from './rates.js';
