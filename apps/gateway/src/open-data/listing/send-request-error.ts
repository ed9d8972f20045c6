import type { ServerResponse } from 'node:http';
import type { OpenDataRequestError } from './request-error';

/**
 * iCalendar, RSS and Atom have no error format of their own, so a refused request gets a
 * small JSON body with a stable code; a feed reader shows the status, a developer the message.
 */
export function sendRequestError(res: ServerResponse, error: OpenDataRequestError): void {
  res.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: { code: error.code, message: error.message } }));
}
