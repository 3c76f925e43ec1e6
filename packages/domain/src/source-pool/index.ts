export * from './awareness-class.js';
export * from './introductions.js';
export * from './proposal.js';
export * from './review.js';
