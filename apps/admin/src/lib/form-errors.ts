import { parseDateVi } from '@ketnap/domain';
import type { z } from 'zod';

/** A form's messages by field: the first issue the schema raised on each, in the schema's words (Vietnamese). */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * Validates a form's draft with a schema from `@ketnap/domain` (the one the server parses), and files each issue's
 * message under the form field `fieldOf` names for its path (by default the path's first key). The console's one
 * way of putting the server's validation beside the fields.
 */
export function validateForm<T, K extends string>(
  schema: z.ZodType<T>,
  draft: unknown,
  fieldOf: (path: readonly PropertyKey[]) => K = (path) => String(path[0]) as K,
): { success: true; data: T; errors: FieldErrors<K> } | { success: false; errors: FieldErrors<K> } {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return { success: true, data: parsed.data, errors: {} };
  const errors: FieldErrors<K> = {};
  for (const issue of parsed.error.issues) errors[fieldOf(issue.path)] ??= issue.message;
  return { success: false, errors };
}

/**
 * A date typed `dd/MM/yyyy` as the ISO day a schema expects, or the text itself (trimmed) so the schema answers
 * "not a real date" in its own words beside the field.
 */
export const typedDay = (text: string): string => parseDateVi(text) ?? text.trim();
