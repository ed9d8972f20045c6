import type { Table } from './aggregate-table';
import type { Messages } from './messages';
import { latestPlugins, type MemberPlugin, modelsDiffering, upgradesDue } from './plugin-upgrades';

/** A town as the towns panel shows it. */
export interface TownRow {
  code: string;
  name: string;
  /** The kind of public body (a town, a police zone...), named in each of the dashboard's languages. */
  kindFr: string;
  kindNl: string;
  kindDe: string;
  kindEn: string;
  groups: { kind: string; code: string }[];
  status: { state: string; latencyMs: number | null; lastSeen: string | null };
  plugins: MemberPlugin[];
  /** The domains of the plugins it runs that its kind does not install. */
  pluginsOutsideKind: string[];
  /** What its shared listings follow, in words (channels by their names, members by theirs), in each of the dashboard's languages. */
  followsFr: string[];
  followsNl: string[];
  followsDe: string[];
  followsEn: string[];
  harvest: { lastSuccess: string | null; behind: number; failures: number; refused: number; lastRefusal: string | null } | null;
}

export const TOWNS_QUERY = `query Towns {
  towns { code name kindFr: kindLabel(language: "fr") kindNl: kindLabel(language: "nl") kindDe: kindLabel(language: "de") kindEn: kindLabel(language: "en") groups { kind code } status { state latencyMs lastSeen } plugins { name version modelFingerprint } pluginsOutsideKind followsFr: subscriptionLabels(language: "fr") followsNl: subscriptionLabels(language: "nl") followsDe: subscriptionLabels(language: "de") followsEn: subscriptionLabels(language: "en") harvest { lastSuccess behind failures refused lastRefusal } }
}`;

/**
 * The towns as a table: its CSV is what the panel shows. With each member's plugins, what a
 * central body coordinates: the upgrades due (against the newest version in the network) and
 * the plugins whose model differs from the others' at the same version, those its kind does
 * not install (a police zone's urbanism); and what each
 * member's shared listings follow (channels, other members).
 */
export function townsTable(towns: readonly TownRow[], words: Messages, language: string): Table {
  const latest = latestPlugins(towns);
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  return {
    columns: [
      words.town,
      words.memberKind,
      words.state,
      words.latency,
      words.plugins,
      words.follows,
      words.upgradesDue,
      words.modelDiffers,
      words.outsideKind,
      words.lastHarvest,
      words.behind,
      words.refused,
    ],
    rows: [...towns]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((town) => [
        town.name,
        ({ fr: town.kindFr, nl: town.kindNl, de: town.kindDe } as Record<string, string>)[language] ?? town.kindEn,
        town.status.state,
        town.status.latencyMs,
        town.plugins.map((p) => `${p.name} ${p.version}`).join(', '),
        (({ fr: town.followsFr, nl: town.followsNl, de: town.followsDe } as Record<string, string[]>)[language] ?? town.followsEn).join(
          ', ',
        ) || null,
        upgradesDue(town.plugins, latest).join(', ') || null,
        modelsDiffering(town.plugins, latest).join(', ') || null,
        town.pluginsOutsideKind.join(', ') || null,
        town.harvest?.lastSuccess ? time.format(new Date(town.harvest.lastSuccess)) : null,
        town.harvest ? town.harvest.behind : null,
        // Entries the town serves that do not fit the shared model: the latest says why.
        town.harvest
          ? town.harvest.refused && town.harvest.lastRefusal
            ? `${town.harvest.refused}: ${town.harvest.lastRefusal}`
            : town.harvest.refused
          : null,
      ]),
  };
}
