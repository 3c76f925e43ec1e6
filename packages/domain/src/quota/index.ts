export * from './grading.js';
export * from './propose.js';
export * from './roll-up.js';
export * from './series.js';
export * from './split.js';
export * from './sub-targets.js';
