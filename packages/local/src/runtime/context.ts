/**
 * A Lambda Context for handlers written against the `aws-lambda` types, so that a function's
 * entry point can be called locally exactly as Lambda calls it: `handler(event, createContext(...))`.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export interface ContextOptions {
  functionName: string;
  /** The function's timeout, for getRemainingTimeInMillis(). Default 60 s. */
  timeoutSeconds?: number;
  memoryMb?: number;
  region?: string;
}

/** A fresh context per invocation (new awsRequestId, deadline from now). */
export function createContext(options: ContextOptions): Context {
  const region = options.region ?? 'us-east-1';
  const deadline = Date.now() + (options.timeoutSeconds ?? 60) * 1000;
  const notSupported = (what: string) => (): never => {
    throw new Error(`context.${what}() is not supported by the local runtime: return or throw instead`);
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: options.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${options.functionName}`,
    memoryLimitInMB: String(options.memoryMb ?? 1024),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${options.functionName}`,
    logStreamName: `local/${options.functionName}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: notSupported('done'),
    fail: notSupported('fail'),
    succeed: notSupported('succeed'),
  };
}
