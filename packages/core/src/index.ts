export * from './types';
export { detect, DETECTOR_VERSION } from './detect/index';
export { readPage, PageError } from './read/index';
export { scoreCases, type Expected, type ExpectedTuple, type Report, type Counts, type Miss, type ScoredCase } from './eval/score';
export { findCountries, countryName, isCountryCode } from './detect/gazetteer/index';
