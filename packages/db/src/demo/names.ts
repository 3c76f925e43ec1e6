import type { Rng } from './rng.js';

// Common Vietnamese family, middle and given names: the demo's people are generated from these, never real.
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Công', 'Đình', 'Xuân', 'Tiến', 'Thành'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Hồng', 'Thanh', 'Kim', 'Minh', 'Phương', 'Bích', 'Diệu'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Thắng',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
];
const GIVEN_F = [
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngân',
  'Nhung',
  'Oanh',
  'Thảo',
  'Trang',
  'Yến',
];

/** A synthetic full name for the given gender. */
export function syntheticName(rng: Rng, gender: 'M' | 'F'): string {
  const middle = rng.pick(gender === 'M' ? MIDDLE_M : MIDDLE_F);
  const given = rng.pick(gender === 'M' ? GIVEN_M : GIVEN_F);
  return `${rng.pick(FAMILY)} ${middle} ${given}`;
}
