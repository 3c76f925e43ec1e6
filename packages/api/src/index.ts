export {
  boardInput,
  communeOverview,
  communesWithYears,
  type PublicBoard,
  publicBoardSchema,
  toPublicBoard,
} from './board.js';
export { type Context, createContext } from './context.js';
export { type ApiError, ERROR_STATUS, type ErrorCode } from './errors.js';
export { type AdminRouter, adminRouter } from './routers/admin.js';
export { type PublicRouter, publicRouter } from './routers/public.js';
export { createCallerFactory } from './trpc.js';
