import type { Insertable } from 'kysely';
import type { VillageTable } from '../schema.js';
import { DEMO_COMMUNE } from './commune.js';
import type { DemoData } from './demo-data.js';

/**
 * The villages of the demo commune: four with their own cell (thôn Đông, Đoài, Trung, Nam), thôn Bắc with no cell of
 * its own, merged into the cell of thôn Đông, and xóm Đồng Mới, a resettlement hamlet covered by the cell of thôn
 * Nam where no member lives yet (the "white village" the report is there to find).
 */
export const DEMO_VILLAGES: Insertable<VillageTable>[] = [
  { id: 'thon-dong', name: 'Thôn Đông', cell_id: 'cb-thon-dong', own_cell: 1 },
  { id: 'thon-doai', name: 'Thôn Đoài', cell_id: 'cb-thon-doai', own_cell: 1 },
  { id: 'thon-trung', name: 'Thôn Trung', cell_id: 'cb-thon-trung', own_cell: 1 },
  { id: 'thon-nam', name: 'Thôn Nam', cell_id: 'cb-thon-nam', own_cell: 1 },
  { id: 'thon-bac', name: 'Thôn Bắc', cell_id: 'cb-thon-dong', own_cell: 0 },
  { id: 'xom-dong-moi', name: 'Xóm Đồng Mới', cell_id: 'cb-thon-nam', own_cell: 0 },
].map((v) => ({ ...v, commune_id: DEMO_COMMUNE.commune.id }));

const INHABITED = ['thon-dong', 'thon-doai', 'thon-trung', 'thon-nam', 'thon-bac'];

/**
 * Adds the villages and records where each member lives, by position (no random draw, so the rest of the demo is
 * untouched): a rural cell's members live in its village, every fourth of thôn Đông's in thôn Bắc; the school and
 * police cells' members are spread over the inhabited villages. Nobody lives in xóm Đồng Mới.
 */
export function placeMembers(out: DemoData): void {
  out.villages = DEMO_VILLAGES;
  const own = new Map(DEMO_VILLAGES.filter((v) => v.own_cell === 1).map((v) => [v.cell_id, v.id]));
  let spread = 0;
  const seenIn = new Map<string, number>();
  for (const m of out.members) {
    const n = seenIn.get(m.cell_id) ?? 0;
    seenIn.set(m.cell_id, n + 1);
    const village = own.get(m.cell_id);
    if (village === 'thon-dong' && n % 4 === 3) m.village_id = 'thon-bac';
    else if (village) m.village_id = village;
    else m.village_id = INHABITED[spread++ % INHABITED.length] ?? null;
  }
}
