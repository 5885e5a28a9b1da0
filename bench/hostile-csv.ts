/**
 * Hostile delimited text (issue 17): a quote opened on line 2 that never closes, 2, 8 and 16 MB of text after it,
 * fed to the parser in the reader's 256 KB chunks with the record cap lifted (the cost of reading it, linear in
 * its length), and with the cap (how soon the import refuses it). The baseline in the same run is an ordinary
 * file of the same size with every cell quoted. Target: the unclosed quote costs ≤ 2 × the baseline per MB.
 */
import { DelimitedStreamParser, MAX_RECORD_CHARS, RecordTooLongError } from '../electron/core/import/delimited-stream-parser';

const CHUNK = 256 * 1024;
const LINE = '"SO00000001","C000001","2026-01-02","12.50"\n';

function parseAll(text: string, cap: number): number {
  const parser = new DelimitedStreamParser(',', cap);
  const started = performance.now();
  try {
    for (let i = 0; i < text.length; i += CHUNK) parser.push(text.slice(i, i + CHUNK), i + CHUNK >= text.length);
  } catch (error) {
    if (!(error instanceof RecordTooLongError)) throw error;
  }
  return performance.now() - started;
}

export function benchHostileCsv(sizesMb = [2, 8, 16]) {
  const rows = sizesMb.map((mb) => {
    const body = LINE.repeat(Math.ceil((mb << 20) / LINE.length));
    const ordinary = `"订单号","客户编号","下单日期","订单金额"\n${body}`;
    const unclosed = `订单号,客户编号,下单日期,订单金额\nSO0,"C0,2026-01-01,1\n${body}`;
    const baselineMs = parseAll(ordinary, Infinity);
    const uncappedMs = parseAll(unclosed, Infinity);
    const refusedMs = parseAll(unclosed, MAX_RECORD_CHARS);
    return { mb, baselineMs: Math.round(baselineMs), unclosedUncappedMs: Math.round(uncappedMs), refusedMs: Math.round(refusedMs * 10) / 10, ratio: Math.round((uncappedMs / baselineMs) * 100) / 100 };
  });
  return { rows, target: 'unclosed ≤ 2 × baseline', met: rows.every((r) => r.ratio <= 2) };
}
