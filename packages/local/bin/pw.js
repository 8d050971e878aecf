#!/usr/bin/env node
// Entry point of the `pw` command line. The sources are TypeScript, run through tsx's loader
// so that `npx pw` works straight after `npm install`, with no build step to forget.
import { register } from 'tsx/esm/api';

// The AWS SDK warns on every run under Node 20 that future versions will need Node 22; the
// README says so once, the command line need not.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
