#!/usr/bin/env node
// The `jianbao` command: runs the TypeScript command line through tsx, with no Electron involved.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
