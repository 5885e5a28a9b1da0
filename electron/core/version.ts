import pkg from '../../package.json' with { type: 'json' };

/** The app version, read from package.json so there is one place to bump it. */
export const APP_VERSION: string = pkg.version;
