import type { Page } from '@playwright/test';

/** The carrying line while stake is carried by keyboard: the places it offers in order (arrows cycle), up to the
 * first that `wanted` accepts (or every place, once round). */
export async function placesOffered(page: Page, wanted: (place: string) => boolean = () => false): Promise<string[]> {
  const keys = page.getByTestId('drag-keys');
  const places: string[] = [];
  for (let i = 0; i < 40; i++) {
    const text = (await keys.innerText()).replace(/\s+/g, ' ');
    const place = / to (.+?) (Arrow|$)/.exec(text)?.[1] ?? text;
    if (places.includes(place)) break;
    places.push(place);
    if (wanted(place)) break;
    await page.keyboard.press('ArrowRight');
  }
  return places;
}
