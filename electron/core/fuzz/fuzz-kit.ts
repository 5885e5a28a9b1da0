/**
 * The fuzz suite's tools: seeded byte mutations of a file (fast-check draws the plans, so every run makes the
 * same files), and the check every mutated file must pass: it imports, or it is refused with a clear AppError
 * (bilingual, not 'internal') that leaves the book exactly as it was; either way within 10 s.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Channel, Input } from '../../../shared/ipc/contract';
import { AppError, isAppError, type ErrorCode } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { snapshot } from '../import/import-test-kit';

/** The seed of every fuzz run; TIERDESK_FUZZ_SEED=<n> explores another one (and reproduces it). */
export const FUZZ_SEED = Number(process.env.TIERDESK_FUZZ_SEED) || 20261205;
/** No file may take longer than this, refused or imported. */
export const FUZZ_DEADLINE_MS = 10_000;

const text = (s: string) => Buffer.from(s, 'utf8');
/** What hostile files hold: quotes, line breaks, delimiters, NULs, BOMs, broken multi-byte characters, huge runs. */
const TOKENS: Buffer[] = [
  text('"'), text('""'), text('"\n'), text('\r'), text('\n'), text('\r\n'), text('\0'), text(','), text(';'), text('\t'), text(' '),
  text('\uFEFF'), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xc3]), Buffer.from([0x81, 0x30]), Buffer.from([0xe4, 0xb8]),
  text('=HYPERLINK("x")'), text('-'), text('1e309'), text('9'.repeat(40)), text('2024-02-30'), text('１２３'), text('\u202e'), text('NaN'),
  text('"'.repeat(5000)), text(',"'.repeat(3000)), text('x'.repeat(200_000)), text(`"${'a\n'.repeat(600_000)}`),
];

export interface Mutation {
  kind: 'insert' | 'flip' | 'truncate' | 'delete' | 'repeat';
  at: number;
  size: number;
  token: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'flip', 'truncate', 'delete', 'repeat'),
  at: fc.nat(),
  size: fc.nat({ max: 4096 }),
  token: fc.nat({ max: TOKENS.length - 1 }),
});

/** `count` mutation plans of 1 to 4 mutations each, the same for the same seed. */
export function mutationPlans(count: number, seed = FUZZ_SEED): Mutation[][] {
  return fc.sample(fc.array(mutation, { minLength: 1, maxLength: 4 }), { seed, numRuns: count });
}

/** The bytes after the plan's mutations, each at a position taken modulo the current length. */
export function mutate(bytes: Buffer, plan: Mutation[]): Buffer {
  let out = bytes;
  for (const m of plan) {
    const at = out.length ? m.at % out.length : 0;
    if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), TOKENS[m.token], out.subarray(at)]);
    else if (m.kind === 'flip' && out.length) out = Buffer.concat([out.subarray(0, at), Buffer.from([out[at] ^ ((m.size % 255) + 1)]), out.subarray(at + 1)]);
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    else if (m.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + 1 + (m.size % 64))]);
    else if (m.kind === 'repeat') {
      const slice = out.subarray(at, at + 1 + (m.size % 256));
      out = Buffer.concat([out.subarray(0, at), ...Array.from({ length: 2 + (m.size % 50) }, () => slice), out.subarray(at + slice.length)]);
    }
  }
  return out;
}

/** Calls a channel as the UI does; a refusal comes back as the AppError the handler threw. */
export async function callChannel<K extends Channel>(core: Core, channel: K, input: Input<K>): Promise<unknown> {
  const result = await dispatch({ core, progress: () => {}, cancelled: () => false }, channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

export type Outcome = 'imported' | ErrorCode;

/**
 * Runs `work` on one mutated file: it succeeds, or it throws an AppError whose code is in `refusals`, with a
 * message in both languages, and the book's every table unchanged; within FUZZ_DEADLINE_MS.
 */
export async function expectSafe(core: Core, label: string, work: () => Promise<unknown>, refusals: ErrorCode[]): Promise<Outcome> {
  const before = snapshot(core);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: still running after ${FUZZ_DEADLINE_MS} ms`)), FUZZ_DEADLINE_MS);
  });
  let outcome: Outcome = 'imported';
  try {
    await Promise.race([work(), deadline]);
  } catch (error) {
    if (!isAppError(error)) throw new Error(`${label}: failed with something other than a clear AppError: ${(error as Error)?.stack ?? String(error)}`);
    expect(refusals, `${label}: ${error.code} ${error.message}`).toContain(error.code);
    expect(error.bilingual.zh.trim(), label).not.toBe('');
    expect(error.bilingual.en.trim(), label).not.toBe('');
    expect(snapshot(core), `${label}: the book changed on a refusal`).toEqual(before);
    outcome = error.code;
  } finally {
    clearTimeout(timer);
  }
  expect(performance.now() - started, `${label}: took too long`).toBeLessThan(FUZZ_DEADLINE_MS);
  return outcome;
}

/** How many files ended how: { imported: 12, bad_file: 48 }. */
export function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}
