import type { z } from 'zod';

/**
 * What a channel does to the book. 'write' channels run one at a time in the core (dispatch holds the book
 * while one runs, and refuses another with 'busy'); 'read' channels run at any time and see only committed data
 * (during a long write they read through a second, read-only connection). A read may do idempotent upkeep
 * (seeding built-in models, catching up day totals) when the book is free; while it is held such a read answers 'busy'.
 */
export type Access = 'read' | 'write';

/** One channel: the zod schema of its input, whether it reads or writes, and (as a phantom type) its output. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** never read at run time; carries the output type */
  output?: O;
}

/** `channel<Output>('read' | 'write')(inputSchema)`: every channel says whether it writes. */
export function channel<O>(access: Access) {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input, access });
}

export type ChannelMap = Record<string, ChannelDef>;
export type InputOf<C extends ChannelDef> = z.input<C['input']>;
export type ParsedInputOf<C extends ChannelDef> = z.output<C['input']>;
export type OutputOf<C extends ChannelDef> = C extends ChannelDef<z.ZodType, infer O> ? O : never;
