export * from './candidate-import.js';
export * from './columns.js';
export * from './member-import.js';
export {
  type ImportCheck,
  type ImportContext,
  type Previewed,
  type ReadField,
  type RowError,
  readDateCell,
} from './sheet.js';
