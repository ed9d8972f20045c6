export { defineTownContract, type ContractTown, type StartContractTown } from './define-town-contract';
export { buildContractFixture, fixtureId } from './build-contract-fixture';
export { toFakeEntries } from './to-fake-entries';
export type { FixtureEntry, FixtureFile, TownFixture } from './town-fixture';
