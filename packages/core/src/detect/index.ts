import type { Detection, ReadPage } from '../types';

/** Placeholder with the final signature; the real detector replaces it in this issue. */
export function detect(_page: ReadPage): Detection[] {
  return [];
}
