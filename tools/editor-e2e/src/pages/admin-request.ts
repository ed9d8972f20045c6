import type { Page } from 'playwright-core';

export class AdminRequestError extends Error {
  readonly code = 'ADMIN_REQUEST_FAILED';
}

/**
 * A request to the admin API with the logged-in page's token (kept by Strapi in localStorage
 * when "Remember me" is ticked, else in sessionStorage): what the admin panel itself would
 * send. A GET, or a POST of `body` as JSON.
 */
export async function adminRequest<T>(page: Page, path: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ url, json }) => {
      const stored = localStorage.getItem('jwtToken') ?? sessionStorage.getItem('jwtToken');
      const headers: Record<string, string> = { authorization: `Bearer ${stored ? JSON.parse(stored) : ''}` };
      if (json !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(url, json === undefined ? { headers } : { method: 'POST', headers, body: json });
      return { status: response.status, body: await response.text() };
    },
    { url: path, json: body === undefined ? undefined : JSON.stringify(body) },
  );
  if (answer.status < 200 || answer.status > 299)
    throw new AdminRequestError(`${body === undefined ? 'GET' : 'POST'} ${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return JSON.parse(answer.body) as T;
}

/** The status the admin API answers the logged-in page's token for `method path`: what the panel would get. */
export async function adminStatus(page: Page, method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ url, verb, json }) => {
      const stored = localStorage.getItem('jwtToken') ?? sessionStorage.getItem('jwtToken');
      const headers: Record<string, string> = { authorization: `Bearer ${stored ? JSON.parse(stored) : ''}` };
      if (json !== undefined) headers['content-type'] = 'application/json';
      return (await fetch(url, { method: verb, headers, body: json })).status;
    },
    { url: path, verb: method, json: body === undefined ? undefined : JSON.stringify(body) },
  );
}
