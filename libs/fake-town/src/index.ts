export { startFakeTown, type FakeTown, type FakeTownOptions, type FakeFault } from './fake-town';
export { buildCouncilFixture, buildNewsFixture } from './council-fixture';
export { buildRegionFixture } from './region-fixture';
