export * from './announced.js';
export { assertCalendarData } from './arrangements.js';
export * from './calendar-data.js';
export * from './lunar.js';
export * from './statutory.js';
export * from './working-days.js';
