export {
  fileTokenSource,
  mintingTokenSource,
  staticTokenSource,
  type TokenSource,
} from './auth/token-source.ts';
export { openSlurmConnection, type SlurmConnection, type SlurmConnectionOptions } from './client.ts';
export * from './errors.ts';
export { interpretJobState, type JobOutcome, type JobStateMeaning, parseJobState } from './job-state.ts';
export * from './types.ts';
