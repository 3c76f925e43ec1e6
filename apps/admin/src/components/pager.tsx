import { Pagination } from '@mantine/core';
import { useI18n } from '../lib/i18n/i18n.js';

/**
 * The pager under a paged list, shown only when there is more than one page. Mantine's previous/next arrows are
 * icons without a name (axe: button-name); each gets one here, in the reader's language.
 */
export function Pager({
  label,
  total,
  pageSize,
  page,
  onChange,
}: {
  /** What is paged, for a screen reader ("Trang danh sách đảng viên"). */
  label: string;
  /** Rows in all. */
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { m } = useI18n();
  if (total <= pageSize) return null;
  return (
    <Pagination
      mt="sm"
      aria-label={label}
      total={Math.ceil(total / pageSize)}
      value={page}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': m.pagerControls[control] })}
    />
  );
}
