#!/usr/bin/env node
// kg command-line entry: registers the TypeScript loader (tsx) and runs src/cli/bin.ts.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/bin.ts');
