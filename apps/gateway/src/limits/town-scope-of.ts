import type { TownDirectory } from '../towns/town-directory';
import type { TownScope } from './field-cost';

/** The towns of the registry as the cost estimate counts them; follows registry reloads. */
export function townScopeOf(directory: TownDirectory): TownScope {
  return {
    count(codes, group) {
      try {
        return directory.select(codes, group).length;
      } catch {
        // An unknown town or group: the field is refused before any read.
        return 0;
      }
    },
    memberships: () => directory.all().reduce((sum, entry) => sum + Object.keys(entry.town.groups).length, 0),
  };
}
