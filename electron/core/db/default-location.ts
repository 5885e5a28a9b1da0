import os from 'node:os';
import path from 'node:path';

/** The OS user-data folder Electron would use for TierDesk, so the app and browser mode share one book. */
export function userDataDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'TierDesk');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'TierDesk');
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'TierDesk');
  }
}

export function defaultDatabaseFile(): string {
  return path.join(userDataDir(), 'tierdesk.db');
}
