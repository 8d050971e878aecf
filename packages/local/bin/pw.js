#!/usr/bin/env node
// Entry point of the `pw` command line. The sources are TypeScript, run through tsx's loader
// so that `npx pw` works straight after `npm install`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
