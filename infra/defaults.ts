/**
 * Lambda settings shared by every function in infra/, converted from the plain numbers in
 * packages/aws/src/resources.ts (shared with the local stack) to SST's argument formats.
 * No `sst.*` global here, so any infra file may import it statically.
 */
import { FUNCTION_DEFAULTS } from '../packages/aws/src/resources';

export type FunctionKind = keyof typeof FUNCTION_DEFAULTS.timeoutSeconds;

/**
 * `timeout`, `memory`, `runtime`, `architecture` and `environment` for one kind of function:
 * PW_METRICS (metric level, packages/aws/src/metrics.ts) from the deploying shell, plus `env`.
 */
// `env` values may be SST outputs (a URL known at deploy time), hence the type parameter.
export function lambdaDefaults<E extends Record<string, unknown>>(kind: FunctionKind, env?: E) {
  return {
    timeout: `${FUNCTION_DEFAULTS.timeoutSeconds[kind]} seconds`,
    memory: `${FUNCTION_DEFAULTS.memoryMb[kind]} MB`,
    runtime: FUNCTION_DEFAULTS.runtime,
    architecture: FUNCTION_DEFAULTS.architecture,
    environment: { ...(process.env.PW_METRICS ? { PW_METRICS: process.env.PW_METRICS } : {}), ...env },
  } as const;
}
