import { appChannels } from './channels/app';
import { backupChannels } from './channels/backups';
import { customerChannels } from './channels/customers';
import { customerHistoryChannels } from './channels/customer-history';
import { modelChannels } from './channels/models';
import { ratingChannels } from './channels/ratings';
import { importChannels } from './channels/import';
import { exportChannels } from './channels/export';
import { repChannels } from './channels/reps';
import { syncChannels } from './channels/sync';
import { visitChannels } from './channels/visits';
import type { ChannelDef, InputOf, OutputOf, ParsedInputOf } from './define';

/**
 * Every channel between the renderer and the core, declared once: its zod input schema and output type.
 * The preload, the HTTP bridge and the renderer client are generic over this map.
 */
export const contract = {
  ...appChannels,
  ...backupChannels,
  ...customerChannels,
  ...customerHistoryChannels,
  ...modelChannels,
  ...ratingChannels,
  ...importChannels,
  ...exportChannels,
  ...repChannels,
  ...syncChannels,
  ...visitChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<K extends Channel> = InputOf<Contract[K]>;
export type ParsedInput<K extends Channel> = ParsedInputOf<Contract[K]>;
export type Output<K extends Channel> = OutputOf<Contract[K]>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
