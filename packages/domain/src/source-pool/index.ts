export * from './proposal.js';
export * from './review.js';
