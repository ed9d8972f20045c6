import { Open311Error } from './open311-error';

/** A `POST requests` body: application/x-www-form-urlencoded, as GeoReport v2 sends it. */
export function readForm(body: string, contentType: string | undefined): URLSearchParams {
  if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) {
    throw new Open311Error(415, `POST requests takes an application/x-www-form-urlencoded form, as GeoReport v2 sends it; got ${contentType ? `"${contentType.slice(0, 60)}"` : 'no content-type'}.`);
  }
  return new URLSearchParams(body);
}
