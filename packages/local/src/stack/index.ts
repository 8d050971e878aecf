/** The embedded local stack: emulators in child processes, and the resources the product needs. */
export { startStack, LOCAL_CREDENTIALS, LOCAL_REGION } from './stack';
export type { LocalClientConfig, LocalStack, StackOptions } from './stack';
export { ensureQueuePair, ensureResources, ensureTable, QUEUE_SPEC, TABLE_SPEC } from './resources';
export type { EnsureOptions, QueuePairSpec, QueueResources, StackResources, TableResources, TableSpec } from './resources';
export { checkJava, JavaRequirementError, MIN_JAVA_VERSION, parseJavaMajor } from './java';
