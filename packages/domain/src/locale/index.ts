export * from './cell-kind.js';
export * from './collate-vi.js';
export * from './date-vi.js';
export * from './instant-vi.js';
export * from './number-vi.js';
export * from './person-name.js';
export * from './search-vi.js';
export * from './unit-name.js';
