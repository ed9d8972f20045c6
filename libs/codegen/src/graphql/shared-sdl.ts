/**
 * What every content type's SDL relies on: the custom scalars, Relay's Node and PageInfo,
 * geo points and files. The scalars' descriptions and `@specifiedBy` are written here only:
 * the gateway's scalar resolvers parse and serialize, and keep these (see its `scalars.ts`).
 */
export const SHARED_SDL = `
"""
An instant: an RFC 3339 date-time with its offset (ISO 8601), e.g. 2026-03-14T19:30:00.000Z or 2026-03-14T20:30:00+01:00. A value may leave out the seconds (2026-03-14T20:30+01:00). A real calendar date: 2026-02-30 is refused.
"""
scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")

"""
A calendar day without time zone: an RFC 3339 full-date (ISO 8601), e.g. 2026-03-14. A real calendar date: 2026-02-30 is refused.
"""
scalar Date @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")

"""
A local time of day, without offset: an RFC 3339 partial-time, e.g. 19:30:00.000 (HH:mm:ss.SSS). A value may leave out the seconds (19:30).
"""
scalar Time @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")

"""
Any JSON value (RFC 8259): an object, a list, a string, a number, a boolean or null. Only where the model declares no shape; structured values have their own types.
"""
scalar JSON @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc8259")

"""An object with a globally unique id (Relay)."""
interface Node {
  """Globally unique and stable: fetch the object again with node(id)."""
  id: ID!
}

"""Relay pagination state of a connection."""
type PageInfo {
  """Whether entries follow this page."""
  hasNextPage: Boolean!
  """Whether entries precede this page."""
  hasPreviousPage: Boolean!
  """The cursor of the page's first entry; null for an empty page."""
  startCursor: String
  """The cursor of the page's last entry (pass it as after); null for an empty page."""
  endCursor: String
}

"""The direction of one term of an order."""
enum OrderDirection {
  """Smallest, earliest or first in the alphabet first."""
  ASC
  """Largest, latest or last in the alphabet first."""
  DESC
}

"""A WGS 84 position."""
type GeoPoint {
  """Degrees north (negative: south), from -90 to 90."""
  latitude: Float!
  """Degrees east (negative: west), from -180 to 180."""
  longitude: Float!
}

"""Conditions on a list of members' codes (e.g. sambreville)."""
input MemberListFilterInput {
  """The list holds this member."""
  contains: String
  """The list holds every one of these members (at most 100)."""
  containsAll: [String!]
  """The list holds at least one of these members (at most 100)."""
  containsAny: [String!]
}

"""Conditions on a position, e.g. a bounding box."""
input GeoPointFilterInput {
  """Conditions on the latitude."""
  latitude: FloatFilterInput
  """Conditions on the longitude."""
  longitude: FloatFilterInput
}

"""A file or image uploaded to a town's media library."""
type MediaFile {
  """Where to download it: an absolute URL, at the town."""
  url: String!
  """The file's name, as uploaded."""
  name: String
  """A text alternative for an image, for readers who cannot see it."""
  alternativeText: String
  """A caption to show with it."""
  caption: String
  """Its media type, e.g. application/pdf."""
  mime: String
  """Size in kilobytes, as Strapi reports it."""
  size: Float
  """An image's width, in pixels."""
  width: Int
  """An image's height, in pixels."""
  height: Int
}
`;

/** Fields every node carries besides its model fields. */
export const SYSTEM_FIELDS_SDL = `
  """Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id)."""
  id: ID!
  """The entry's documentId in its town's Strapi."""
  documentId: ID!
  """The locale the localized fields were taken from (after fallback)."""
  locale: String
  """When the entry was created in its town."""
  createdAt: DateTime
  """When the entry was last changed in its town."""
  updatedAt: DateTime
  """When the entry was last published."""
  publishedAt: DateTime`;
