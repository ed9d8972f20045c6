export { planTown } from './plan-town';
export { seedTown, type SeedTownOptions } from './seed-town';
export { writeRecords, type WriteOptions, type WriteResult } from './write-records';
export { DEMO_MEMBERS, DEMO_TOWNS, genericProfile, type TownProfile } from './town-profiles';
export type { SeedRecord } from './seed-record';
export { LEDGER_TABLE } from './seed-ledger';
export { SEED_THEN_SERVE_SCRIPT, seedTownInChildProcess, type SeedProcessOptions } from './seed-town-process';
