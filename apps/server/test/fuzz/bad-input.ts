import fc from 'fast-check';

/** Field names the routers use: a fuzzed object made of them reaches past "unknown key" into each field's checks. */
const FIELDS = [
  'candidateId',
  'cellId',
  'memberId',
  'communeId',
  'commune',
  'orgId',
  'accountId',
  'year',
  'asOf',
  'version',
  'event',
  'kind',
  'on',
  'username',
  'password',
  'displayName',
  'role',
  'total',
  'profile',
  'search',
  'stage',
  'limit',
  'cursor',
];

const hugeString = fc.integer({ min: 20_000, max: 200_000 }).map((n) => 'Đ'.repeat(n));
const nasty = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '../../etc/passwd',
  "'; drop table candidate; --",
  '%00',
  '9'.repeat(400),
  '-1',
  'NaN',
  '1e309',
  '2023-02-30',
  '0000-00-00',
  'yen-binh',
  'cb-thon-dong',
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  nasty,
  hugeString,
  fc.double(),
  fc.bigInt().map(String),
  fc.constantFrom(null, true, false, -1, 0, 2 ** 53, -(2 ** 31), Number.MAX_VALUE),
);
/** Objects of the routers' own field names with wrong values, sometimes nested like an event. */
const shaped = fc
  .dictionary(fc.constantFrom(...FIELDS), fc.oneof(value, fc.dictionary(fc.constantFrom(...FIELDS), value)), {
    maxKeys: 6,
  })
  .map((o) => o as unknown);

/**
 * A JSON request body that is wrong in one of many ways: wrong types anywhere, huge strings, the routers' field names
 * with wrong values, `__proto__`/`constructor` keys (written into the JSON text, where JSON.stringify would drop
 * them), invalid UTF-8, truncated or non-JSON text. As raw bytes: the server must survive what no browser sends.
 */
export const badBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc.oneof(value, shaped).map((v) => Buffer.from(JSON.stringify(v) ?? 'undefined')),
  shaped.map((v) =>
    Buffer.from(
      `{"__proto__":{"isAdmin":true,"polluted":1},"constructor":{"prototype":{"x":1}},"v":${JSON.stringify(v) ?? 0}}`,
    ),
  ),
  fc
    .uint8Array({ minLength: 1, maxLength: 300 })
    .map((bytes) =>
      Buffer.concat([
        Buffer.from('{"a":"'),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        Buffer.from(bytes),
        Buffer.from('"}'),
      ]),
    ),
  fc.string({ maxLength: 200 }).map((s) => Buffer.from(`{${s}`)),
  fc.constantFrom(Buffer.from(''), Buffer.from('null'), Buffer.from('[]'), Buffer.from('{"0":{}}')),
);

/** The same wrongs as a query procedure's `?input=` (URL-encoded JSON text, sometimes not JSON at all). */
export const badQueryInput: fc.Arbitrary<string> = fc.oneof(
  fc.oneof(value, shaped).map((v) => encodeURIComponent(JSON.stringify(v) ?? 'undefined').slice(0, 6_000)),
  fc.constantFrom(
    '%7B%22__proto__%22%3A%7B%22x%22%3A1%7D%7D',
    '%C3%28',
    '%FF%FE',
    '%',
    '%%',
    '{',
    'undefined',
  ),
  fc.string({ maxLength: 100 }).map(encodeURIComponent),
);

/** Content types a browser form or a careless client sends instead of JSON. */
export const wrongContentType = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json-patch+json',
  'text/html',
  '',
);
