import { create } from 'zustand';
import type { RunInfo } from '../../../shared/ipc/channels/ratings';
import { call } from '../api/client';

interface RatingsState {
  /** newest first */
  runs: RunInfo[];
  loaded: boolean;
  /** the run the screens show; null = the newest */
  currentRunId: string | null;
  /** the run it is compared with; null = the previous run of the same model */
  compareRunId: string | null;
  load(): Promise<void>;
  setCurrent(runId: string | null): void;
  setCompare(runId: string | null): void;
}

/** Rating runs shared by the dashboard, the tiers page, the models page and the profile. */
export const useRatings = create<RatingsState>((set) => ({
  runs: [],
  loaded: false,
  currentRunId: null,
  compareRunId: null,
  async load() {
    const runs = await call('ratings.list', { limit: 200 });
    set((s) => ({
      runs,
      loaded: true,
      currentRunId: s.currentRunId && runs.some((r) => r.id === s.currentRunId) ? s.currentRunId : null,
      compareRunId: s.compareRunId && runs.some((r) => r.id === s.compareRunId) ? s.compareRunId : null,
    }));
  },
  setCurrent(currentRunId) {
    set({ currentRunId });
  },
  setCompare(compareRunId) {
    set({ compareRunId });
  },
}));

/** The shown run (chosen, else newest) and the one before it of the same model (chosen, else previous). */
export function pickRuns(runs: RunInfo[], currentRunId: string | null, compareRunId: string | null) {
  const current = runs.find((r) => r.id === currentRunId) ?? runs[0] ?? null;
  const previous =
    runs.find((r) => r.id === compareRunId) ??
    (current ? runs.find((r) => r.id !== current.id && r.modelId === current.modelId && r.asOf <= current.asOf) : undefined) ??
    null;
  return { current, previous };
}

/** Revenue (minor units) and customers per final tier of a run; runs never change, so cached. */
const totalsCache = new Map<string, Promise<Record<string, { customers: number; revenue: number }>>>();

export function runTierTotals(run: RunInfo): Promise<Record<string, { customers: number; revenue: number }>> {
  let cached = totalsCache.get(run.id);
  if (!cached) {
    cached = call('ratings.tierTotals', { runId: run.id });
    totalsCache.set(run.id, cached);
    cached.catch(() => totalsCache.delete(run.id));
  }
  return cached;
}
