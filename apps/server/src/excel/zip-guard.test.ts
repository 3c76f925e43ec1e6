import { describe, expect, it } from 'vitest';
import { zip } from '../../test/zip-fixture.js';
import { writeWorkbook } from './xlsx.js';
import { checkZipExpansion, ZIP_LIMITS, type ZipLimits, ZipRefused } from './zip-guard.js';

const refusal = (data: Buffer, limits = ZIP_LIMITS) => {
  try {
    checkZipExpansion(data, limits);
    return 'accepted';
  } catch (error) {
    if (error instanceof ZipRefused) return error.reason;
    throw error;
  }
};

const small: ZipLimits = { maxEntries: 3, maxExpandedBytes: 1024 * 1024 };
const zeros = (n: number) => Buffer.alloc(n);

describe('zip guard: what an uploaded .xlsx may expand to', () => {
  it('accepts a real workbook written by the export', async () => {
    const workbook = await writeWorkbook([
      {
        name: 'Đảng viên',
        title: 'Xã Yên Bình · Đảng viên',
        columns: [
          { header: 'Họ và tên', kind: 'text' },
          { header: 'Ngày vào Đảng', kind: 'date' },
        ],
        rows: Array.from({ length: 2_000 }, (_, i) => [`Nguyễn Văn ${i}`, '2020-05-19']),
      },
    ]);
    expect(refusal(workbook)).toBe('accepted');
  });

  it('accepts entries that inflate to exactly the limit, refuses one byte more', () => {
    expect(refusal(zip([{ name: 'a.xml', content: zeros(small.maxExpandedBytes) }]), small)).toBe('accepted');
    expect(refusal(zip([{ name: 'a.xml', content: zeros(small.maxExpandedBytes + 1) }]), small)).toBe(
      'too-large',
    );
    const half = small.maxExpandedBytes / 2;
    expect(
      refusal(
        zip([
          { name: 'a.xml', content: zeros(half) },
          { name: 'b.xml', content: zeros(half + 1), stored: true },
        ]),
        small,
      ),
    ).toBe('too-large');
  });

  it('refuses a bomb whose headers lie about its size: the entries are inflated, not believed', () => {
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', content: zeros(8 * 1024 * 1024), declaredSize: 100 },
    ]);
    expect(bomb.length).toBeLessThan(16 * 1024);
    expect(refusal(bomb, small)).toBe('too-large');
  });

  it('accepts as many entries as the limit, refuses one more', () => {
    const entries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `${i}.xml`, content: zeros(10) }));
    expect(refusal(zip(entries(small.maxEntries)), small)).toBe('accepted');
    expect(refusal(zip(entries(small.maxEntries + 1)), small)).toBe('too-large');
  });

  it('calls anything else malformed: not a zip, truncated, corrupt deflate data', () => {
    expect(refusal(Buffer.from('Họ và tên,Ngày sinh\nNguyễn Văn A,01/01/2000\n'))).toBe('malformed');
    const good = zip([{ name: 'a.xml', content: Buffer.from('<a/>'.repeat(100)) }]);
    expect(refusal(good.subarray(0, good.length - 30))).toBe('malformed');
    const corrupt = Buffer.from(good);
    corrupt.fill(0xff, 30 + 'a.xml'.length, 30 + 'a.xml'.length + 4);
    expect(refusal(corrupt)).toBe('malformed');
  });
});
