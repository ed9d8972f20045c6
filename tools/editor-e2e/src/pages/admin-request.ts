import type { Page } from 'playwright-core';

export class AdminRequestError extends Error {
  readonly code = 'ADMIN_REQUEST_FAILED';
}

/**
 * A GET on the admin API with the logged-in page's token (kept by Strapi in localStorage when
 * "Remember me" is ticked, else in sessionStorage): what the admin panel itself would read.
 */
export async function adminRequest<T>(page: Page, path: string): Promise<T> {
  const answer = await page.evaluate(async (url) => {
    const stored = localStorage.getItem('jwtToken') ?? sessionStorage.getItem('jwtToken');
    const response = await fetch(url, { headers: { authorization: `Bearer ${stored ? JSON.parse(stored) : ''}` } });
    return { status: response.status, body: await response.text() };
  }, path);
  if (answer.status !== 200) throw new AdminRequestError(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return JSON.parse(answer.body) as T;
}
