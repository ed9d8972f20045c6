import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './paths';

/**
 * Numbered full-page screenshots of one scenario, kept in artifacts/<scenario>/ for whoever
 * reads a failed run (or checks what editors see): `01-logged-in.png`, `02-...`.
 */
export function screenshotsFor(scenario: string) {
  const dir = join(ARTIFACTS_DIR, scenario);
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return async (page: Page, name: string): Promise<string> => {
    count += 1;
    const path = join(dir, `${String(count).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
}
