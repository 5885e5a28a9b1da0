/** detectHeaderRow: where the table's header is, skipping title and blank rows above it. */
import { filledCount, rowWidth } from './csv';
import { parseDate } from './dates';
import { parseMoney } from './money';

/** A number, an amount or a date: the kind of cell a data row has and a header row does not. */
export function isValueLike(cell: string): boolean {
  const t = cell.trim();
  if (t === '') return false;
  return parseMoney(t).ok || parseDate(t).ok;
}

function tableWidth(rows: string[][]): number {
  const freq = new Map<number, number>();
  for (const r of rows) {
    const f = filledCount(r);
    if (f >= 2) freq.set(f, (freq.get(f) ?? 0) + 1);
  }
  let best = 0;
  let bestFreq = 0;
  for (const [w, f] of freq) if (f > bestFreq || (f === bestFreq && w > best)) { best = w; bestFreq = f; }
  return best || 1;
}

/**
 * Index of the header row, or null when the table has none (its first full row is data, e.g. CDNOW).
 * Rows narrower than the table (a title such as '2024年客户清单', an export note, blank lines) are skipped.
 * The header is the first full-width row whose non-empty cells are mostly text (not numbers, amounts or
 * dates) and which is followed by rows of about its width. Looks at the first 50 rows.
 */
export function detectHeaderRow(rows: string[][]): number | null {
  const head = rows.slice(0, 50);
  const width = tableWidth(head);
  const minFilled = Math.max(width >= 2 ? 2 : 1, Math.ceil(width * 0.6));
  for (let i = 0; i < head.length; i++) {
    const filled = filledCount(head[i]);
    if (filled < minFilled) continue;
    const cells = head[i].filter((c) => c.trim() !== '');
    const text = cells.filter((c) => !isValueLike(c)).length;
    if (text / cells.length < 0.6) return null;
    const next = head.slice(i + 1).filter((r) => filledCount(r) > 0).slice(0, 3);
    const wide = (r: string[]) => rowWidth(r) >= Math.ceil(filled * 0.5) && filledCount(r) >= Math.min(2, filled);
    // The row right below must belong to the table, and most of the next few too.
    if (next.length === 0 || (wide(next[0]) && next.filter(wide).length * 2 >= next.length)) return i;
  }
  return null;
}
