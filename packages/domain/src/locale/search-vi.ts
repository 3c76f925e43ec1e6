/**
 * Folds Vietnamese text for searching: lowercase, tone marks and vowel marks removed, `đ` → `d`
 * (`Đặng Thị Ánh` → `dang thi anh`). `đ` is a letter of its own, not `d` plus a mark, so NFD leaves it alone.
 */
export function foldVi(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/**
 * True when every word of `query` occurs in `haystack`, ignoring case and diacritics, so `nguyen van` finds
 * `Nguyễn Văn An` and `an nguyen` does too. An empty query matches everything (an empty filter box hides nothing).
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const folded = foldVi(haystack);
  return foldVi(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => folded.includes(word));
}
