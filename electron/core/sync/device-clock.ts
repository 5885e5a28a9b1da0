import { randomBytes } from 'node:crypto';
import { createClock } from '../../../shared/sync';
import { AppError } from '../../../shared/ipc/errors';
import type { ChangeClock } from '../db/rows';
import type { Store } from '../db/store';
import { readSetting, writeSetting } from '../settings/settings';

export interface DeviceClock extends ChangeClock {
  /** folds a remote timestamp into the local clock (refuses one from too far in the future) */
  receive(remoteHlc: string): void;
}

const DEVICE_ID_KEY = 'sync.deviceId';

/** This install's device id (made once, kept in settings) and its hybrid logical clock. */
export function openDeviceClock(store: Store, wallClock: () => number): DeviceClock {
  let deviceId = readSetting<string>(store, DEVICE_ID_KEY);
  if (!deviceId) {
    deviceId = randomBytes(8).toString('hex');
    writeSetting(store, DEVICE_ID_KEY, deviceId);
  }
  const latest = store.get(store.qb.selectFrom('change_log').select((eb) => eb.fn.max('hlc').as('hlc')));
  // restart from the newest stamp this book holds, so local time never runs backwards across restarts
  const clock = createClock(deviceId, wallClock, undefined, latest?.hlc ?? null);
  return {
    deviceId,
    tick: () => clock.tick(),
    receive: (remote) => {
      const result = clock.receive(remote);
      if (!result.ok) throw new AppError('bad_pack', result.error.message, { ...result.error.details, code: result.error.code });
    },
  };
}
