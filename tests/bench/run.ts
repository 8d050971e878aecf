/**
 * `npm run bench`: runs every benchmark in turn. Add a benchmark by adding an entry to BENCHES:
 * a name and a function that runs it, prints its numbers and returns whether it met its targets.
 */
import { runLatencyBench } from './latency';
import { runLoadBench } from './load';
import { runPipelineBench } from './pipeline';
import { runReadBench } from './read';

// The SDK's notice that it will need Node 22 from 2027 (README) would interleave with the numbers.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const BENCHES: Array<[string, () => boolean | Promise<boolean>]> = [
  ['read', runReadBench],
  ['pipeline', runPipelineBench],
  ['alert latency', runLatencyBench],
  ['load', runLoadBench],
];

let failed = 0;
for (const [name, run] of BENCHES) {
  console.log(`\n== bench: ${name}`);
  try {
    if (!(await run())) failed++;
  } catch (e) {
    failed++;
    console.error(`bench ${name} crashed:`, e);
  }
}
if (failed > 0) process.exitCode = 1;
