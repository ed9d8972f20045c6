import type { TownDirectory } from '../../towns/town-directory';
import type { TownScope } from './town-scope';

/** "Eupen", "Eupen, Seneffe", "wallonia" or "all towns": whose data a feed holds, for its title. */
export function scopeTitle(scope: TownScope, directory: TownDirectory): string {
  if (scope.group) return scope.group;
  if (scope.towns)
    return directory
      .select(scope.towns)
      .map((e) => e.town.name)
      .join(', ');
  return 'all towns';
}
