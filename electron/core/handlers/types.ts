import type { ChannelDef, OutputOf, ParsedInputOf } from '../../../shared/ipc/define';
import type { Core } from '../core';

export interface Progress {
  done: number;
  total?: number;
  /** short stage name, e.g. 'read', 'score', 'write' */
  stage?: string;
}

export interface HandlerContext {
  core: Core;
  /** reports progress of long work (shown by the UI, printed by the CLI on stderr) */
  progress(p: Progress): void;
  /** true once the user asked to cancel */
  cancelled(): boolean;
}

/** A handler per channel of M, typed by the contract: missing or mistyped handlers fail to compile. */
export type HandlersFor<M extends Record<string, ChannelDef>> = {
  [K in keyof M]: (input: ParsedInputOf<M[K]>, ctx: HandlerContext) => OutputOf<M[K]> | Promise<OutputOf<M[K]>>;
};
