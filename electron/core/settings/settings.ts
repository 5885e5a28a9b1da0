import type { Store } from '../db/store';

/** Local key/value settings (not synced): device id, UI language, saved import mappings … */
export function readSetting<T>(store: Store, key: string): T | undefined {
  const row = store.get(store.qb.selectFrom('settings').select('value_json').where('key', '=', key));
  return row ? (JSON.parse(row.value_json) as T) : undefined;
}

export function writeSetting(store: Store, key: string, value: unknown): void {
  store.run(
    store.qb
      .insertInto('settings')
      .values({ key, value_json: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: JSON.stringify(value) })),
  );
}
