import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isAppError } from '../shared/ipc/errors';
import { startBridge } from './bridge';
import { openCore } from './core/core';
import { defaultDatabaseFile } from './core/db/default-location';
import { clockFromEnv } from './core/env-clock';

/** `npm run start:browser [-- --db FILE --port N]`: TierDesk in any browser, served on 127.0.0.1. */
const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' } },
  allowPositionals: false,
});

const here = path.dirname(fileURLToPath(import.meta.url));
const dbFile = values.db ?? defaultDatabaseFile();
try {
  const core = openCore(dbFile, { now: clockFromEnv() });
  const bridge = await startBridge({
    core,
    port: values.port ? Number(values.port) : 0,
    staticDir: path.resolve(here, '../out/renderer'),
  });
  process.stdout.write(`TierDesk (browser mode) is running at ${bridge.url}\n  database: ${path.resolve(dbFile)}\n  stop with Ctrl+C\n`);
  const stop = async () => {
    await bridge.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`tierdesk: ${isAppError(error) ? error.bilingual.en : String(error)}\n`);
  process.exit(1);
}
