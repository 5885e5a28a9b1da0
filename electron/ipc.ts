import { type BrowserWindow, ipcMain, shell } from 'electron';
import type { Core } from './core/core';
import { dispatch } from './core/dispatch';
import { exportsDir } from './core/files/file-drop';
import { JOB_ID_PATTERN, JobRegistry } from './core/jobs';

/** Wires the one generic IPC channel to the core's dispatcher; only our own window may call it. */
export function registerIpc(core: Core, window: BrowserWindow) {
  const jobs = new JobRegistry();
  ipcMain.handle('tierdesk:invoke', async (event, channel: unknown, input: unknown, jobId: unknown) => {
    if (event.sender !== window.webContents) {
      return { ok: false, error: { code: 'unknown_channel', message: { zh: '拒绝未知来源的请求', en: 'Request from an unknown sender refused' } } };
    }
    const id = typeof jobId === 'string' && JOB_ID_PATTERN.test(jobId) ? jobId : undefined;
    const job = jobs.start(id);
    try {
      return await dispatch(
        {
          core,
          progress: (p) => window.webContents.send('tierdesk:progress', { channel, jobId: id, ...p }),
          cancelled: job.cancelled,
        },
        channel,
        input,
      );
    } finally {
      job.finish();
    }
  });
  ipcMain.handle('tierdesk:cancel', (_event, jobId: unknown) => typeof jobId === 'string' && JOB_ID_PATTERN.test(jobId) && jobs.cancel(jobId));
  ipcMain.handle('tierdesk:show-file', (_event, filePath: unknown) => {
    if (typeof filePath === 'string' && filePath.startsWith(exportsDir(core))) shell.showItemInFolder(filePath);
  });
}
