import { contextBridge, ipcRenderer, webUtils } from 'electron';

/**
 * The whole bridge between the sandboxed renderer and main: one generic invoke over the typed contract,
 * progress events, and the path of a file the user picked. Nothing else of Node or Electron is exposed.
 */
const api = {
  invoke: (channel: string, input: unknown, jobId?: string): Promise<unknown> => ipcRenderer.invoke('tierdesk:invoke', channel, input, jobId),
  cancel: (jobId: string): Promise<boolean> => ipcRenderer.invoke('tierdesk:cancel', jobId),
  onProgress: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on('tierdesk:progress', wrapped);
    return () => ipcRenderer.removeListener('tierdesk:progress', wrapped);
  },
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
  /** reveals a file the app wrote (an export) in the OS file manager */
  showFile: (filePath: string): Promise<void> => ipcRenderer.invoke('tierdesk:show-file', filePath),
};

contextBridge.exposeInMainWorld('tierdesk', api);
