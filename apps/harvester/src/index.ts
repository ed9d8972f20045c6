export { startHarvester, type Harvester, type HarvesterOptions } from './start-harvester';
export { harvestTown, type HarvestReport } from './harvest-town';
export type { TownSource } from './town-source';
export { watchTownSources } from './watch-town-sources';
export { HarvestError, HarvestErrorCode } from './harvest-error';
