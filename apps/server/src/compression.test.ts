import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  acceptedEncodings,
  encodeBody,
  encodeFor,
  etagMatches,
  MIN_COMPRESSED_BYTES,
  variantFor,
} from './compression.js';

const LARGE = JSON.stringify({
  cells: Array.from({ length: 40 }, (_, i) => ({ name: `Chi bộ thôn ${i}`, n: i })),
});

describe('Accept-Encoding', () => {
  it('takes brotli before gzip, identity always last; no header means identity only', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings(undefined)).toEqual(['identity']);
    expect(acceptedEncodings('')).toEqual(['identity']);
  });

  it('honours q-values: q=0 refuses a coding, a higher q wins, * stands for the codings not named', () => {
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('br;q=0.5, gzip;q=0.9')).toEqual(['gzip', 'br', 'identity']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('gzip;q=0, *;q=0.1')).toEqual(['br', 'identity']);
    expect(acceptedEncodings('identity')).toEqual(['identity']);
    expect(acceptedEncodings('BR ; Q=1')).toEqual(['br', 'identity']);
  });
});

describe('encoded bodies', () => {
  it('a body under the threshold is sent as it is and does not vary', () => {
    const small = encodeBody('{"a":1}', '"x"', 'max');
    expect(small.varies).toBe(false);
    expect(Object.keys(small.variants)).toEqual(['identity']);
    expect(variantFor(small, 'br').encoding).toBe('identity');
  });

  it('a large body has a brotli and a gzip copy that decode to it, each with its own ETag', () => {
    expect(Buffer.byteLength(LARGE)).toBeGreaterThanOrEqual(MIN_COMPRESSED_BYTES);
    const body = encodeBody(LARGE, '"abc"', 'max');
    expect(body.varies).toBe(true);
    const br = variantFor(body, 'gzip, br');
    const gzip = variantFor(body, 'gzip');
    const identity = variantFor(body, undefined);
    expect([br.encoding, gzip.encoding, identity.encoding]).toEqual(['br', 'gzip', 'identity']);
    expect(brotliDecompressSync(br.body).toString()).toBe(LARGE);
    expect(gunzipSync(gzip.body).toString()).toBe(LARGE);
    expect(identity.body.toString()).toBe(LARGE);
    expect([br.etag, gzip.etag, identity.etag]).toEqual(['"abc-br"', '"abc-gz"', '"abc"']);
    expect(br.body.length).toBeLessThan(gzip.body.length);
  });

  it('for one request only the coding it takes is computed', () => {
    const body = encodeFor(LARGE, '"abc"', 'gzip, deflate');
    expect(Object.keys(body.variants).sort()).toEqual(['gzip', 'identity']);
    expect(variantFor(body, 'gzip, deflate').encoding).toBe('gzip');
  });
});

describe('If-None-Match', () => {
  it('matches the exact tag, a tag in a list, a weakened tag, and *; never another coding’s tag', () => {
    expect(etagMatches('"abc-br"', '"abc-br"')).toBe(true);
    expect(etagMatches('"x", "abc-br"', '"abc-br"')).toBe(true);
    expect(etagMatches('W/"abc-br"', '"abc-br"')).toBe(true);
    expect(etagMatches('*', '"abc-br"')).toBe(true);
    expect(etagMatches('"abc-gz"', '"abc-br"')).toBe(false);
    expect(etagMatches('"abc"', '"abc-br"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});
