/** A `LIKE … escape '\'` pattern matching any text that contains `word` literally (its `%`, `_` and `\` escaped). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
