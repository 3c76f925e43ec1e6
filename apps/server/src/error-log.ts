/**
 * What the server logs about an unexpected failure: the error's class, its code (SQLITE_FULL, 57P01, ECONNREFUSED …)
 * and where it was thrown (first stack frame) — never its message, which may quote the data being processed (a
 * database error can echo a value; a parse error, a line of input), and logs must hold no personal data.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const frame = error.stack
    ?.split('\n')
    .find((line) => line.trimStart().startsWith('at '))
    ?.trim();
  return [error.name, typeof code === 'string' || typeof code === 'number' ? String(code) : null, frame]
    .filter(Boolean)
    .join(' ');
}
