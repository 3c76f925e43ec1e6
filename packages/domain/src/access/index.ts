export * from './account-input.js';
export * from './request-limits.js';
