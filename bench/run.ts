/**
 * `npm run bench`: every benchmark, each measured against a baseline in the same run (docs/ARCHITECTURE.md §7),
 * printed as one JSON object with the ratios and whether each target is met.
 * `npm run bench -- scoring import` runs only those; BENCH_XL=1 adds the 1,000,000-customer scoring book.
 */
interface BenchEntry {
  name: string;
  run: () => Promise<object>;
}

const BENCHES: BenchEntry[] = [
  { name: 'scoring', run: async () => (await import('./scoring')).benchScoring() },
  { name: 'import', run: async () => (await import('./import')).benchImport() },
  { name: 'import-workbook', run: async () => (await import('./import-workbook')).benchImportWorkbook() },
  { name: 'export', run: async () => (await import('./export')).benchExport() },
  { name: 'sync', run: async () => (await import('./sync')).benchSync() },
  { name: 'territory', run: async () => (await import('./territory')).benchTerritory() },
  { name: 'visits', run: async () => (await import('./visits')).benchVisits() },
  { name: 'hostile-csv', run: async () => (await import('./hostile-csv')).benchHostileCsv() },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results: Record<string, unknown> = {};
let failed = false;
for (const bench of BENCHES) {
  if (wanted.length && !wanted.includes(bench.name)) continue;
  process.stderr.write(`bench ${bench.name}…\n`);
  const started = performance.now();
  try {
    results[bench.name] = await bench.run();
  } catch (error) {
    failed = true;
    results[bench.name] = { error: error instanceof Error ? error.message : String(error) };
  }
  process.stderr.write(`bench ${bench.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
process.exit(failed ? 1 : 0);
export {};
