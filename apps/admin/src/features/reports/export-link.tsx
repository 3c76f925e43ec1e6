import { Button } from '@mantine/core';

/** The address of a report's .xlsx export (the server's file route; same session, same access policy). */
export function exportUrl(kind: string, params: { commune: string; year?: number; asOf?: string }): string {
  const q = new URLSearchParams({ commune: params.commune });
  if (params.year !== undefined) q.set('year', String(params.year));
  if (params.asOf) q.set('asOf', params.asOf);
  return `/api/admin/reports/${kind}.xlsx?${q}`;
}

/** A download link styled as a button; hidden when printing. */
export function ExportButton({ href, label }: { href: string; label: string }) {
  return (
    <Button component="a" href={href} download variant="default" size="sm" className="no-print">
      {label}
    </Button>
  );
}
