import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './paths';

/** The screenshot of the French editor the root README shows (tracked in git). */
export const README_SCREENSHOT = join(WORKSPACE_ROOT, 'docs', 'images', 'editor-fr-public-service.png');
/** Above this, the picture would weigh on every clone. */
export const README_SCREENSHOT_MAX_BYTES = 300_000;

export class ScreenshotTooLargeError extends Error {
  readonly code = 'SCREENSHOT_TOO_LARGE';
}

/**
 * Rewrites the README's screenshot only when asked (EDITOR_E2E_UPDATE_SCREENSHOT=true), so that
 * CI never changes a tracked file: the viewport as it is (1280x900), Strapi's announcement
 * banner closed. Resolves with the path written, or undefined when not asked.
 */
export async function updateReadmeScreenshot(page: Page): Promise<string | undefined> {
  if (process.env.EDITOR_E2E_UPDATE_SCREENSHOT !== 'true') return undefined;
  mkdirSync(dirname(README_SCREENSHOT), { recursive: true });
  await page.screenshot({ path: README_SCREENSHOT, fullPage: false });
  const { size } = statSync(README_SCREENSHOT);
  if (size > README_SCREENSHOT_MAX_BYTES)
    throw new ScreenshotTooLargeError(`${README_SCREENSHOT} is ${size} bytes, above ${README_SCREENSHOT_MAX_BYTES}.`);
  return README_SCREENSHOT;
}
