import { notFound, type OpenDataError } from '../open-data-error';
import type { Open311Encoding } from './open311-format';

export const OPEN311_BASE = '/open311/v2';

export type Open311Resource =
  | { kind: 'discovery' }
  | { kind: 'services' }
  | { kind: 'service'; serviceCode: string }
  | { kind: 'requests' }
  | { kind: 'request'; id: string };

export interface Open311Path {
  town: string;
  format: Open311Encoding;
  resource: Open311Resource;
}

const FORMAT = /^(.+)\.(json|xml)$/;

/**
 * `/open311/v2/{town}/{resource}.{json|xml}` → what is asked for, in which format. The
 * format is known before anything else can fail, so that even this path's errors come in it
 * (JSON when the path names none).
 */
export function parseOpen311Path(pathname: string): Open311Path | { error: OpenDataError; format: Open311Encoding } {
  const rest = pathname.slice(OPEN311_BASE.length + 1);
  let parts: string[];
  try {
    parts = rest.split('/').map(decodeURIComponent);
  } catch {
    return { error: notFound('Not found: the path is not valid percent-encoding.'), format: 'json' };
  }
  const match = FORMAT.exec(parts[parts.length - 1] ?? '');
  const format: Open311Encoding = match?.[2] === 'xml' ? 'xml' : 'json';
  const missing = (why: string) => ({
    error: notFound(
      `Not found: ${why} Paths are ${OPEN311_BASE}/{town}/discovery, services, services/{service_code}, requests and requests/{service_request_id}, each ending in .json or .xml.`,
    ),
    format,
  });
  if (!match) return missing(`"${pathname.slice(0, 200)}" does not end in .json or .xml.`);
  parts[parts.length - 1] = match[1]!;
  const [town, resource, id, ...extra] = parts;
  if (!town || !resource || extra.length > 0) return missing(`"${pathname.slice(0, 200)}" is not an Open311 resource.`);
  if (id === undefined) {
    if (resource === 'discovery') return { town, format, resource: { kind: 'discovery' } };
    if (resource === 'services') return { town, format, resource: { kind: 'services' } };
    if (resource === 'requests') return { town, format, resource: { kind: 'requests' } };
  } else if (id !== '') {
    if (resource === 'services') return { town, format, resource: { kind: 'service', serviceCode: id } };
    if (resource === 'requests') return { town, format, resource: { kind: 'request', id } };
  }
  return missing(`"${pathname.slice(0, 200)}" is not an Open311 resource.`);
}
