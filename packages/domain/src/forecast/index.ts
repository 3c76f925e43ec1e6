export * from './backtest.js';
export * from './chance.js';
export * from './distribution.js';
export * from './earliest.js';
export * from './facts.js';
export * from './projection.js';
export * from './stage-model.js';
