import type { z } from 'zod';

/** One channel: the zod schema of its input and (as a phantom type) its output. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** never read at run time; carries the output type */
  output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });
}

export type ChannelMap = Record<string, ChannelDef>;
export type InputOf<C extends ChannelDef> = z.input<C['input']>;
export type ParsedInputOf<C extends ChannelDef> = z.output<C['input']>;
export type OutputOf<C extends ChannelDef> = C extends ChannelDef<z.ZodType, infer O> ? O : never;
