/**
 * A field of a form while zod refines it, whatever else about the form is wrong: the account forms' cross-field
 * refinements run even when another field failed (`when`), so every error shows at once. Internal to the access
 * schemas (not exported from the package).
 */
export function field(payload: { value: unknown }, key: string): unknown {
  const value = payload.value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
