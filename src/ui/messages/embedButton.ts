/**
 * The English strings of the Embed button (src/ui/embed/EmbedButton.svelte), in the chunks of the lesson and
 * sandbox routes; the dialog's own strings, and the widgets' names it shows, load with the dialog on the first
 * click (./embedDialog.ts, ./embed.ts). Same rules as en.ts.
 */
import { addEnglish } from './english';

export const embedButtonEn = {
  'embed.dialog.open': 'Embed',
  'embed.dialog.openTitle': 'Embed this view in another page (an iframe snippet)',
} as const satisfies Record<string, string>;

addEnglish(embedButtonEn);
