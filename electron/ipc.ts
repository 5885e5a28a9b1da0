import { type BrowserWindow, ipcMain, shell } from 'electron';
import type { Core } from './core/core';
import { dispatch } from './core/dispatch';
import { exportsDir } from './core/files/file-drop';

/** Wires the one generic IPC channel to the core's dispatcher; only our own window may call it. */
export function registerIpc(core: Core, window: BrowserWindow) {
  ipcMain.handle('tierdesk:invoke', (event, channel: unknown, input: unknown) => {
    if (event.sender !== window.webContents) {
      return { ok: false, error: { code: 'unknown_channel', message: { zh: '拒绝未知来源的请求', en: 'Request from an unknown sender refused' } } };
    }
    return dispatch(
      {
        core,
        progress: (p) => window.webContents.send('tierdesk:progress', { channel, ...p }),
        cancelled: () => false,
      },
      channel,
      input,
    );
  });
  ipcMain.handle('tierdesk:show-file', (_event, filePath: unknown) => {
    if (typeof filePath === 'string' && filePath.startsWith(exportsDir(core))) shell.showItemInFolder(filePath);
  });
}
