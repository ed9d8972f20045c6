import type { Page } from 'playwright-core';

/**
 * What the editor reads in the page's main area: its lines of text, then the values and
 * placeholders its text inputs show (a `null` typed into an input is not in the text).
 */
export async function readVisibleText(page: Page): Promise<string[]> {
  const main = page.locator('main').first();
  // biome-ignore lint/performance/useDomNodeTextContent: what shows, not what the DOM holds (a closed menu's options, hidden text).
  const lines = (await main.innerText()).split('\n').filter((line) => line.trim() !== '');
  const shown = await main
    .locator('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea')
    .evaluateAll((inputs) =>
      inputs.flatMap((input) => [(input as HTMLInputElement).value, input.getAttribute('placeholder') ?? '']).filter((text) => text !== ''),
    );
  return [...lines, ...shown];
}
