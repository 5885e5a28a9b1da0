/**
 * Long work the user can cancel: each transport tags a call with a job id (made by the renderer),
 * and a cancel request for that id flips the flag the handler polls through ctx.cancelled().
 */
export class JobRegistry {
  private readonly cancelledIds = new Set<string>();
  private readonly running = new Set<string>();

  start(jobId: string | undefined): { cancelled: () => boolean; finish: () => void } {
    if (!jobId) return { cancelled: () => false, finish: () => {} };
    this.running.add(jobId);
    return {
      cancelled: () => this.cancelledIds.has(jobId),
      finish: () => {
        this.running.delete(jobId);
        this.cancelledIds.delete(jobId);
      },
    };
  }

  /** true when the job was running (and is now asked to stop) */
  cancel(jobId: string): boolean {
    if (!this.running.has(jobId)) return false;
    this.cancelledIds.add(jobId);
    return true;
  }
}

export const JOB_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
