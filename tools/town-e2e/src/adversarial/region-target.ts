import type { TownPlanting } from './planting';

/** The gateway over a planted region, as the gateway and open-data crawls see it. */
export interface RegionTarget {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  plantings: TownPlanting[];
}
