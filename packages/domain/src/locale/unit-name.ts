/**
 * A unit's name after the word for its kind (`Xã`, `Chi bộ`, `Tỉnh`), as a sentence needs it: the stored names
 * usually carry their kind already ("Xã Yên Bình"), and "Xã Xã Yên Bình" reads as a typo. Case and the way the
 * accents were typed (composed or not) do not matter.
 */
export function namedAs(kind: string, name: string): string {
  const head = kind.normalize('NFC').toLocaleLowerCase('vi');
  const start = name.normalize('NFC').toLocaleLowerCase('vi');
  return start === head || start.startsWith(`${head} `) ? name : `${kind} ${name}`;
}
