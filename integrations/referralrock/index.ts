/**
 * The ReferralRock integration's public surface. Nothing outside this folder should import its
 * files directly, and nothing outside it knows ReferralRock's paths or casing.
 */
export {
  ReferralRockClient,
  createReferralRockClient,
  DEFAULT_PAGE_SIZE,
  type ReferralRockClientOptions,
  type ProgramListParams,
  type MemberListParams,
  type ReferralListParams,
  type PagingOptions,
  type ReferralLookup,
} from './client';
export {
  ReferralRockError,
  ReferralRockRateLimited,
  ReferralRockRetryable,
  ReferralRockRejected,
  ReferralRockItemFailed,
  ReferralRockInvalidResponse,
  classifyAxiosError,
  isSuccessStatus,
  parseRetryAfter,
  apiMessageOf,
  type CallContext,
} from './errors';
export {
  ReferralRockDirectory,
  createReferralRockDirectory,
  memberToRecord,
  referralToRecord,
  isVip,
  type DirectoryClient,
  type MemberNoteSlot,
  type ReferralRockDirectoryOptions,
} from './directory';
export { LiveRecordDirectory, camelKeys, type LiveDirectoryStats, type EventOutcome } from './liveDirectory';
export { startHookReceiver, hookPath, type HookReceiver } from './hookReceiver';
export { subscribeRecordHooks, type HookSubscriptions } from './hookSubscriptions';
export { startWorkerDirectory, type WorkerDirectory } from './recordIndexRuntime';
export { directoryFromSeed, recordsFromSeed, seedSchema, type Seed, type SeedDirectoryOptions } from './seedDirectory';
export * from './schemas';
