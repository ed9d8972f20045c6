/** The path segment of each kind the JSON-LD endpoints serve. */
export type JsonLdKindPath = 'events' | 'places' | 'public-services' | 'news';

/** A node's JSON-LD address, also its `@id`: a stable IRI built from the gateway's global id. */
export const jsonLdUrl = (origin: string, kind: JsonLdKindPath, id: string): string =>
  `${origin}/json-ld/${kind}/${encodeURIComponent(id)}`;
