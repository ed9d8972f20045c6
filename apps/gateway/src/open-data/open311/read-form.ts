import { OpenDataError, OpenDataErrorCode } from '../open-data-error';

/** A `POST requests` body: application/x-www-form-urlencoded, as GeoReport v2 sends it. */
export function readForm(body: string, contentType: string | undefined): URLSearchParams {
  if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) {
    throw new OpenDataError(
      415,
      OpenDataErrorCode.UnsupportedMediaType,
      `POST requests takes an application/x-www-form-urlencoded form, as GeoReport v2 sends it; got ${contentType ? `"${contentType.slice(0, 60)}"` : 'no content-type'}.`,
    );
  }
  return new URLSearchParams(body);
}
