export * from './types';
export { detect } from './detect/index';
