/**
 * Hostile delimited text: a quote opened on line 2 that never closes, then 2, 8 and 16 MB of lines without quotes,
 * fed to the parser in the reader's 256 KB chunks with the record cap lifted (the cost of reading it: linear in its
 * length, where it used to be quadratic), and with the cap (how soon the import refuses it). The baseline in the
 * same run is an ordinary file of the same size with every cell quoted (every line on the quoted path too).
 * Target: the unclosed quote costs ≤ 2 × the baseline.
 */
import { DelimitedStreamParser, MAX_RECORD_CHARS, RecordTooLongError } from '../electron/core/import/delimited-stream-parser';

const CHUNK = 256 * 1024;
const QUOTED = '"SO00000001","C000001","2026-01-02","12.50"\n';
const PLAIN = 'SO00000001,C000001,2026-01-02,12.50\n';

/** ms to parse `text` chunk by chunk, and whether it was refused as a record over the cap */
function parseAll(text: string, cap: number): { ms: number; refused: boolean } {
  const parser = new DelimitedStreamParser(',', cap);
  const started = performance.now();
  let refused = false;
  try {
    for (let i = 0; i < text.length; i += CHUNK) parser.push(text.slice(i, i + CHUNK), i + CHUNK >= text.length);
  } catch (error) {
    if (!(error instanceof RecordTooLongError)) throw error;
    refused = true;
  }
  return { ms: performance.now() - started, refused };
}

export function benchHostileCsv(sizesMb = [2, 8, 16]) {
  const rows = sizesMb.map((mb) => {
    const ordinary = `"订单号","客户编号","下单日期","订单金额"\n${QUOTED.repeat(Math.ceil((mb << 20) / QUOTED.length))}`;
    const unclosed = `订单号,客户编号,下单日期,订单金额\nSO0,"C0,2026-01-01,1\n${PLAIN.repeat(Math.ceil((mb << 20) / PLAIN.length))}`;
    const baseline = parseAll(ordinary, Infinity);
    const uncapped = parseAll(unclosed, Infinity);
    const capped = parseAll(unclosed, MAX_RECORD_CHARS);
    return {
      mb,
      baselineMs: Math.round(baseline.ms),
      unclosedUncappedMs: Math.round(uncapped.ms),
      refusedMs: Math.round(capped.ms * 10) / 10,
      refused: capped.refused && !uncapped.refused && !baseline.refused,
      ratio: Math.round((uncapped.ms / baseline.ms) * 100) / 100,
    };
  });
  return { rows, target: 'unclosed ≤ 2 × baseline, refused with the cap', met: rows.every((r) => r.ratio <= 2 && r.refused) };
}
