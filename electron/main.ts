import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { isAppError } from '../shared/ipc/errors';
import { RENDERER_CSP } from './bridge';
import { openCore } from './core/core';
import { useBuiltOrderWorker } from './core/import/order-batches-thread';
// electron-vite bundles the import's worker thread as its own file and gives its path
import orderWorkerPath from './core/import/order-batches-worker?modulePath';
import { registerIpc } from './ipc';
import { isNavigationAllowed, secureWindowOptions, WINDOW_OPEN_POLICY } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
useBuiltOrderWorker(orderWorkerPath);

/** The thin Electron shell: one hardened window over the core, which owns the SQLite book. */
async function start() {
  await app.whenReady();
  const dbFile = path.join(app.getPath('userData'), 'tierdesk.db');
  let core;
  try {
    core = openCore(dbFile, { nativeBinding: electronNativeBinding() });
  } catch (error) {
    dialog.showErrorBox('TierDesk', isAppError(error) ? `${error.bilingual.zh}\n\n${error.bilingual.en}` : String(error));
    app.quit();
    return;
  }

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  const window = new BrowserWindow(
    secureWindowOptions({ preload: path.join(here, '../preload/preload.cjs'), icon: path.join(here, '../../build/icon.png') }),
  );
  window.webContents.setWindowOpenHandler(() => WINDOW_OPEN_POLICY);
  window.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(window.webContents.getURL(), url)) event.preventDefault();
  });
  registerIpc(core, window);
  window.once('ready-to-show', () => window.show());

  if (process.env.ELECTRON_RENDERER_URL) await window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else await window.loadFile(path.join(here, '../renderer/index.html'));

  app.on('window-all-closed', () => {
    core.close();
    app.quit();
  });
}

/** In development the Electron build of better-sqlite3 lives in .electron-native/; packaged apps are rebuilt by electron-builder. */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const dir = path.join(app.getAppPath(), '.electron-native');
  try {
    const current = JSON.parse(fs.readFileSync(path.join(dir, 'current.json'), 'utf8')) as { file: string };
    return path.join(dir, current.file);
  } catch {
    return undefined;
  }
}

void start();
