// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- SST's generated globals, not a module
/// <reference path="./.sst/platform/config.d.ts" />
/*
 * Typechecking: `.sst/platform/config.d.ts` (the `$config`, `sst`, `$app`... globals) is generated
 * by `sst install`/`sst deploy`, which cannot run here, and a missing `reference` is a hard tsc
 * error. So this file and infra/ are left out of the root tsconfig (they are a separate program
 * with SST's globals, which must not leak into functions/ and packages/); instead
 * tests/unit/sst-wiring.test.ts typechecks them with the real file when it exists, else with the
 * stand-in tests/unit/sst-fixtures/platform-config.d.ts.
 */
export default $config({
  app(input) {
    return {
      name: 'partnership-watch',
      home: 'aws',
      removal: input.stage === 'production' ? 'retain' : 'remove',
      protect: input.stage === 'production',
      // The provider types the region as a union of known names; the variable is checked by AWS.
      providers: { aws: { region: (process.env.PW_AWS_REGION ?? 'ap-southeast-1') as aws.Region } },
    };
  },
  async run() {
    // One import per concern; email, notify and api come with later issues (one line each).
    const { table } = await import('./infra/storage');
    const { articles, articlesDlq } = await import('./infra/queues');
    await import('./infra/ingest');
    await import('./infra/changes');
    const { api } = await import('./infra/api');
    await import('./infra/notify');
    await import('./infra/alarms');
    return { table: table.name, articlesQueue: articles.url, articlesDlq: articlesDlq.url, api: api.url };
  },
});
