export * from './introductions.js';
export * from './proposal.js';
export * from './review.js';
