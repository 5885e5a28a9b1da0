import type { RatingSegment } from '../../../shared/ipc/channels/ratings';

/** WHERE conditions (on customers as `c`) for a rating segment; every part is optional, parts are ANDed. */
export function segmentWhere(segment: RatingSegment | null | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = ['c.deleted = 0'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[]) => {
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (segment?.statuses?.length) inList('c.status', segment.statuses);
  parts.push(`c.status != 'archived'`);
  if (segment?.regions?.length) inList('c.region', segment.regions);
  if (segment?.ownerRepIds?.length) {
    const ids = segment.ownerRepIds.filter((id) => id !== 'none');
    const alts: string[] = [];
    if (ids.length) {
      alts.push(`c.owner_rep_id IN (${ids.map(() => '?').join(', ')})`);
      params.push(...ids);
    }
    if (segment.ownerRepIds.includes('none')) alts.push('c.owner_rep_id IS NULL');
    parts.push(`(${alts.join(' OR ')})`);
  }
  if (segment?.tags?.length) {
    parts.push(`EXISTS (SELECT 1 FROM json_each(c.tags) j WHERE j.value IN (${segment.tags.map(() => '?').join(', ')}))`);
    params.push(...segment.tags);
  }
  return { sql: parts.join(' AND '), params };
}

export function isWholeBook(segment: RatingSegment | null | undefined): boolean {
  return !segment || !(segment.regions?.length || segment.ownerRepIds?.length || segment.statuses?.length || segment.tags?.length);
}
