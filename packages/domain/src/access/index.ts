export * from './account-input.js';
export * from './password-policy.js';
