export * from './resources';
export * from './dynamo/keys';
export * from './dynamo/store';
export * from './sqs';
export * from './clients';
export * from './handlers';
export * from './log';
export * from './changes';
