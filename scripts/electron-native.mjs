// better-sqlite3 is a native module: Node (tests, CLI, browser mode) and Electron need builds for different ABIs.
// We keep Node's build where npm put it and compile a second copy for Electron into .electron-native/,
// which electron/main.ts hands to better-sqlite3 as its `nativeBinding`. So `npm test` keeps working after `npm start`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const ELECTRON_NATIVE_DIR = path.resolve('.electron-native');

export function ensureElectronNativeModules() {
  const electronVersion = require('electron/package.json').version;
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const target = path.join(ELECTRON_NATIVE_DIR, `better_sqlite3-${sqliteVersion}-electron-${electronVersion}.node`);
  if (fs.existsSync(target)) return target;
  process.stderr.write(`TierDesk: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once, about 2 minutes)…\n`);
  const work = path.join(ELECTRON_NATIVE_DIR, 'work');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
  const gyp = spawnSync(
    'npx',
    ['node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  if (gyp.status !== 0) {
    process.stderr.write('TierDesk: could not build better-sqlite3 for Electron; `npm run start:browser` works without it.\n');
    process.exit(1);
  }
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.writeFileSync(path.join(ELECTRON_NATIVE_DIR, 'current.json'), JSON.stringify({ file: path.basename(target) }));
  fs.rmSync(work, { recursive: true, force: true });
  return target;
}
