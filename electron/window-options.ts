import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The hardened options of TierDesk's one window (docs/ARCHITECTURE.md §5), as a pure function so a unit test can check
 * every switch without starting Electron: context isolation on, Node integration off, sandbox on, web security on,
 * no webview tags, no remote content (the CSP lives in RENDERER_CSP), and the preload as the only bridge.
 */
export function secureWindowOptions(paths: { preload: string; icon: string }): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1180,
    minHeight: 720,
    title: 'TierDesk 客户分层',
    icon: paths.icon,
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** The window may only stay on the page it loaded: every navigation elsewhere is refused. */
export function isNavigationAllowed(currentUrl: string, targetUrl: string): boolean {
  return currentUrl !== '' && targetUrl === currentUrl;
}

/** New windows (window.open, target=_blank) are always refused. */
export const WINDOW_OPEN_POLICY = { action: 'deny' } as const;
