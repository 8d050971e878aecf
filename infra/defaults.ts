/**
 * Lambda settings shared by every function in infra/, converted from the plain numbers in
 * packages/aws/src/resources.ts (shared with the local stack) to SST's argument formats.
 * No `sst.*` global here, so any infra file may import it statically.
 */
import { FUNCTION_DEFAULTS } from '../packages/aws/src/resources';

export type FunctionKind = keyof typeof FUNCTION_DEFAULTS.timeoutSeconds;

/** `timeout`, `memory`, `runtime` and `architecture` for one kind of function. */
export function lambdaDefaults(kind: FunctionKind) {
  return {
    timeout: `${FUNCTION_DEFAULTS.timeoutSeconds[kind]} seconds`,
    memory: `${FUNCTION_DEFAULTS.memoryMb[kind]} MB`,
    runtime: FUNCTION_DEFAULTS.runtime,
    architecture: FUNCTION_DEFAULTS.architecture,
  } as const;
}
