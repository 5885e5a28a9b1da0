/** detectDelimiter: which separator a text table uses, judged by consistent field counts. */
import { readDelimited, type Delimiter } from './csv';

export type { Delimiter } from './csv';

const CANDIDATES = [',', ';', '\t', '|'] as const;

interface Score {
  delimiter: Delimiter;
  /** Rows whose field count equals the most common count (which is > 1). */
  consistent: number;
  fields: number;
}

function modeOf(counts: number[]): { value: number; freq: number } {
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let best = { value: 0, freq: 0 };
  for (const [value, f] of freq) if (f > best.freq || (f === best.freq && value > best.value)) best = { value, freq: f };
  return best;
}

function score(sample: string, delimiter: Delimiter, maxRows: number): Score {
  const rows = readDelimited(sample, delimiter, { maxRows }).filter((r) => r.length > 0 && r.some((c) => c.trim() !== ''));
  // A cut-off last line of a sample would skew the count; drop it when the sample has more rows.
  if (rows.length > 2) rows.pop();
  const counts = rows.map((r) => r.length);
  const mode = modeOf(counts);
  return { delimiter, consistent: mode.value > 1 ? mode.freq : 0, fields: mode.value };
}

/**
 * Detect the delimiter from the first ~20 lines of a file: for each of ',', ';', tab and '|' (quotes
 * respected) count how many lines share the most common field count; the delimiter with the most such
 * lines wins (ties: more fields, then the order above). Title lines above the table do not disturb it.
 * When no delimiter splits the lines but runs of spaces do consistently (CDNOW), 'whitespace'.
 * Default ','.
 */
export function detectDelimiter(sampleText: string, maxRows = 20): Delimiter {
  const sample = sampleText.charCodeAt(0) === 0xfeff ? sampleText.slice(1) : sampleText;
  let best: Score | null = null;
  for (const d of CANDIDATES) {
    const s = score(sample, d, maxRows + 1);
    if (s.consistent === 0) continue;
    if (!best || s.consistent > best.consistent || (s.consistent === best.consistent && s.fields > best.fields)) best = s;
  }
  const ws = score(sample, 'whitespace', maxRows + 1);
  if (!best) return ws.consistent > 0 ? 'whitespace' : ',';
  // A real delimiter wins unless it only splits a few lines and whitespace splits nearly all of them.
  if (ws.consistent > 0 && best.consistent * 2 < ws.consistent) return 'whitespace';
  return best.delimiter;
}
