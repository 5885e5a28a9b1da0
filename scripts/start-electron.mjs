#!/usr/bin/env node
// `npm start`: builds TierDesk and runs it in Electron. Where no Electron binary is installed (it is
// downloaded on first use and some networks block that) it says so and points at the browser mode.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureElectronNativeModules } from './electron-native.mjs';

const require = createRequire(import.meta.url);
const checkOnly = process.argv.includes('--check');

function electronBinary() {
  try {
    return require('electron'); // the path of the binary; tries to download it on first use, throws when it cannot
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    [
      '',
      'TierDesk: the Electron binary is not installed here and could not be downloaded (offline, or downloads are blocked).',
      '  • To download it later:        npx install-electron   (then run `npm start` again)',
      '  • To use TierDesk without it:  npm run start:browser   (the same app in your browser, on 127.0.0.1)',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
if (checkOnly) process.exit(0);

ensureElectronNativeModules();
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawnSync(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(app.status ?? 0);
