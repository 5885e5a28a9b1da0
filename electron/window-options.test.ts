import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from './bridge';
import { isNavigationAllowed, secureWindowOptions, WINDOW_OPEN_POLICY } from './window-options';

describe('Electron hardening', () => {
  const options = secureWindowOptions({ preload: '/app/out/preload/preload.cjs', icon: '/app/build/icon.png' });

  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences?.preload).toBe('/app/out/preload/preload.cjs');
  });

  it('blocks navigation away from the app and every new window', () => {
    const app = 'file:///app/out/renderer/index.html';
    expect(isNavigationAllowed(app, app)).toBe(true);
    expect(isNavigationAllowed(app, 'https://example.com/')).toBe(false);
    expect(isNavigationAllowed(app, 'file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('', app)).toBe(false);
    expect(WINDOW_OPEN_POLICY).toEqual({ action: 'deny' });
  });

  it('has a strict content security policy: only our own scripts, no remote content, no frames', () => {
    const directives = Object.fromEntries(RENDERER_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
