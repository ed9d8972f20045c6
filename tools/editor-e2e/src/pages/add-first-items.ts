import type { Locator } from 'playwright-core';
import type { InputWords } from './input-words';

/**
 * Adds one item to each list a Communes input holds (a channel, a period of opening hours),
 * as the editor does with its Add button, so that the parts of an item show.
 */
export async function addFirstItems(input: Locator, words: InputWords): Promise<void> {
  for (const name of [words.add, words.addPeriod]) {
    const add = input.getByRole('button', { name, exact: true }).first();
    if ((await add.count()) > 0) await add.click();
  }
}
