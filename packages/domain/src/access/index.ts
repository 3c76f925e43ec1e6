export * from './account-input.js';
export * from './password-policy.js';
export * from './request-limits.js';
