#!/usr/bin/env node
// The TierDesk CLI runs straight from the TypeScript sources (no build step): tsx compiles on the fly.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli.ts');
