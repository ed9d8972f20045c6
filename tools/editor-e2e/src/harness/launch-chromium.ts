import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: CI installs it (`.ci/run`); never a browser downloaded by Playwright. */
export const CHROMIUM = '/usr/bin/chromium';

export class NoChromiumError extends Error {
  readonly code = 'NO_CHROMIUM';
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new NoChromiumError(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium), as .ci/run does.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
