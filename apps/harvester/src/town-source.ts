/** A town the harvester reads: its code in the region and where its public API is. */
export interface TownSource {
  code: string;
  /** The town's origin, e.g. http://127.0.0.1:1337. */
  url: string;
  /** A read-only API token, when the town asks for one. */
  token?: string;
}
