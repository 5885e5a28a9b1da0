import type { appChannels } from '../../../shared/ipc/channels/app';
import { LATEST_SCHEMA_VERSION } from '../../../migrations';
import { generateDemoBook } from '../demo/demo-book';
import { readSetting, writeSetting } from '../settings/settings';
import { bookSummary } from '../summary/book-summary';
import { APP_VERSION } from '../version';
import type { HandlersFor } from './types';

export const appHandlers: HandlersFor<typeof appChannels> = {
  'app.info': (_input, { core }) => ({
    version: APP_VERSION,
    dbFile: core.store.file,
    schemaVersion: LATEST_SCHEMA_VERSION,
    deviceId: core.clock.deviceId,
    today: core.today(),
  }),
  'app.settings.get': ({ keys }, { core }) =>
    Object.fromEntries(keys.map((key) => [key, readSetting(core.store, key) ?? null])),
  'app.settings.set': ({ key, value }, { core }) => {
    writeSetting(core.store, key, value);
    return null;
  },
  'book.summary': ({ asOf, window }, { core }) => bookSummary(core.store, { asOf: asOf ?? core.today(), window }),
  'book.demo': ({ customers, seed }, ctx) => generateDemoBook(ctx.core, { customers, seed, progress: ctx.progress }),
};
