import type { Page } from 'playwright-core';
import type { AdminWords } from './admin-words';

export type PublishOutcome =
  /** Published without a question. */
  | { kind: 'published' }
  /** The Content Manager asked first (links to drafts), and the question was left unanswered. */
  | { kind: 'asked'; question: string }
  /** The town refused: its message, as the notification shows it. */
  | { kind: 'refused'; message: string };

export class PublishTimeoutError extends Error {
  readonly code = 'PUBLISH_TIMEOUT';
}

/**
 * Clicks Publish and reports what the editor sees: published; a confirmation dialog ("This entry
 * is related to 1 draft entry... Publish without relations"), closed unanswered; or the town's
 * refusal. Polls rather than racing waits, so that no wait is left pending after the answer.
 */
export async function publishEntry(page: Page, words: AdminWords, timeoutMs = 30_000): Promise<PublishOutcome> {
  const dialog = page.getByRole('alertdialog');
  // The document's status badge in the header: role status, named after the status.
  const published = page.locator('main [role=status][aria-label=published]');
  // Strapi's notifications are sonner toasts holding an alert; a refusal is an alert among them.
  const notices = page.locator('[data-sonner-toast]');
  const refusal = notices.filter({ has: page.getByRole('alert') });
  // An earlier refusal may still show: only one more than before answers this publication.
  const before = await refusal.count();
  await page.getByRole('button', { name: words.publish, exact: true }).click();
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await page.waitForTimeout(100)) {
    if (await dialog.isVisible()) {
      const question = (await dialog.textContent()) ?? '';
      await page.keyboard.press('Escape');
      return { kind: 'asked', question };
    }
    // Sonner numbers its toasts from the newest (data-index 0).
    if ((await refusal.count()) > before)
      return { kind: 'refused', message: (await refusal.and(page.locator('[data-index="0"]')).textContent()) ?? '' };
    if (await published.first().isVisible()) return { kind: 'published' };
  }
  throw new PublishTimeoutError(`Publishing showed nothing within ${timeoutMs} ms.`);
}
