/** The first rows of a source: where the header is (title rows above it are skipped), and the rest to stream. */
import { detectHeaderRow, type Cell } from '../../../shared/import';
import { cellText } from './import-plan';
import type { RowSource, SourceRow } from './source-rows';

const HEAD_ROWS = 60;

export interface TableHead {
  header: SourceRow | null;
  /** Data rows already read (after the header). */
  rows: SourceRow[];
  /** The widest row seen, for naming columns of a file without a header. */
  width: number;
  rest: AsyncIterator<SourceRow[]>;
}

export async function readTableHead(source: RowSource): Promise<TableHead> {
  const rest = source.batches[Symbol.asyncIterator]();
  const head: SourceRow[] = [];
  while (head.length < HEAD_ROWS) {
    const next = await rest.next();
    if (next.done) break;
    for (const row of next.value) head.push(row); // not push(...rows): a chunk of short lines holds 100,000s
  }
  const h = detectHeaderRow(head.slice(0, HEAD_ROWS).map((r) => r.cells.map((c: Cell) => cellText(c))));
  const width = head.reduce((w, r) => Math.max(w, r.cells.length), 0);
  return { header: h === null ? null : head[h], rows: h === null ? head : head.slice(h + 1), width, rest };
}
