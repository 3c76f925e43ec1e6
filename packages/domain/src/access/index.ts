export * from './account-input.js';
