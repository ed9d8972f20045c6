import type { OpenDataFormat } from '../serve-open-data';

/**
 * iCalendar, RSS, Atom and JSON-LD lists: read by calendar apps, feed readers and web pages
 * of any origin, kept five minutes by caches. iCalendar and the feeds have no error format of
 * their own, so a refusal is a small JSON body with a stable code, in all four: a reader shows
 * the status, a developer reads the message.
 */
export const listingFormat: OpenDataFormat = {
  name: 'listing',
  methods: ['GET', 'HEAD'],
  // CORS: public to any origin, as every open-data read (createHttpServer's applyCors).
  headers: {},
  cacheControl: 'public, max-age=300',
  errorBody: (error) => ({
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify({ error: { code: error.code, message: error.message } }),
  }),
};
