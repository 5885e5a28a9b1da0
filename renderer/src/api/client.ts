import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/ipc/errors';
import type { Result } from '../../../shared/ipc/result';

/** What the Electron preload exposes (electron/preload.ts); absent in browser mode. */
interface PreloadApi {
  invoke(channel: string, input: unknown, jobId?: string): Promise<unknown>;
  cancel(jobId: string): Promise<boolean>;
  onProgress(listener: (event: unknown) => void): () => void;
  pathForFile(file: File): string;
  showFile(path: string): Promise<void>;
}

declare global {
  interface Window {
    tierdesk?: PreloadApi;
  }
}

export interface ProgressEvent {
  channel: string;
  /** the job the progress belongs to, when the call was started as a job */
  jobId?: string;
  done: number;
  total?: number;
  stage?: string;
}

/** An error envelope turned into something a page can catch and show. */
export class ApiError extends Error {
  readonly shape: AppErrorShape;
  constructor(shape: AppErrorShape) {
    super(shape.message.en);
    this.shape = shape;
  }
}

const preload = typeof window !== 'undefined' ? window.tierdesk : undefined;

/** One typed call over whichever transport runs the app: Electron IPC, or HTTP in browser mode. */
export async function invoke<K extends Channel>(channel: K, input: Input<K>, jobId?: string): Promise<Result<Output<K>>> {
  pending++;
  try {
    return await send(channel, input, jobId);
  } finally {
    if (--pending === 0) for (const wake of idleWaiters.splice(0)) wake();
  }
}

/** Calls in flight, and who waits for there to be none (callWhenIdle). */
let pending = 0;
const idleWaiters: (() => void)[] = [];

/**
 * Like call, but sent once no other call is in flight (or after maxWaitMs): for a secondary figure that
 * should not hold a screen's main data back, since the core answers one call at a time.
 */
export async function callWhenIdle<K extends Channel>(channel: K, input: Input<K>, maxWaitMs = 3000): Promise<Output<K>> {
  if (pending > 0) {
    await new Promise<void>((resolve) => {
      idleWaiters.push(resolve);
      setTimeout(resolve, maxWaitMs);
    });
  }
  return call(channel, input);
}

async function send<K extends Channel>(channel: K, input: Input<K>, jobId?: string): Promise<Result<Output<K>>> {
  if (preload) return (await preload.invoke(channel, input, jobId)) as Result<Output<K>>;
  const response = await fetch(`/api/call/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(jobId ? { 'x-job-id': jobId } : {}) },
    body: JSON.stringify(input ?? {}),
  });
  if (!response.ok) {
    return {
      ok: false,
      error: { code: 'internal', message: { zh: `服务无响应（HTTP ${response.status}）`, en: `The service did not answer (HTTP ${response.status})` } },
    };
  }
  return (await response.json()) as Result<Output<K>>;
}

/** Like invoke, but returns the value or throws an ApiError. */
export async function call<K extends Channel>(channel: K, input: Input<K>, jobId?: string): Promise<Output<K>> {
  const result = await invoke(channel, input, jobId);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** A cancellable call: `run` starts it, `cancel` asks the core to stop (the work rolls back). */
export function startJob<K extends Channel>(channel: K, input: Input<K>) {
  const id = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return {
    id,
    result: call(channel, input, id),
    cancel: async (): Promise<boolean> => {
      if (preload) return preload.cancel(id);
      const response = await fetch(`/api/cancel/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      const answer = (await response.json()) as Result<{ cancelled: boolean }>;
      return answer.ok && answer.value.cancelled;
    },
  };
}

/** Subscribes to progress of long work (import, rating runs, export, sync). */
export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  if (preload) return preload.onProgress((event) => listener(event as ProgressEvent));
  const source = new EventSource('/api/events');
  source.onmessage = (message) => listener(JSON.parse(message.data as string) as ProgressEvent);
  return () => source.close();
}

/** Hands a picked file to the core: its path in Electron, an upload in browser mode. */
export async function fileForCore(file: File): Promise<string> {
  if (preload) return preload.pathForFile(file);
  const response = await fetch('/api/upload', {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent(file.name), 'content-type': 'application/octet-stream' },
    body: file,
  });
  const result = (await response.json()) as Result<{ path: string }>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value.path;
}

/** Lets the user get a file the core wrote into its exports folder. */
export async function openExportedFile(filePath: string, exportsDir: string): Promise<void> {
  if (preload) return preload.showFile(filePath);
  const relative = filePath.startsWith(exportsDir) ? filePath.slice(exportsDir.length + 1) : filePath;
  const link = document.createElement('a');
  link.href = `/api/download?path=${encodeURIComponent(relative)}`;
  link.download = relative.split(/[\\/]/).pop() ?? 'export';
  document.body.append(link);
  link.click();
  link.remove();
}
