/**
 * The English strings of the app's "Embed this" dialog (src/ui/embed/EmbedDialog.svelte), loaded with it on the
 * button's first click; the button's own are in ./embedButton.ts (with the route) and the widgets' in ./embed.ts
 * (which the dialog also uses to name the widgets), so that an embedded widget does not carry the dialog's words
 * and a route does not carry them before the dialog opens. Same rules as en.ts.
 */
import './embed';
import { addEnglish } from './english';

export const embedDialogEn = {
  'embed.dialog.title': 'Embed this view',
  'embed.dialog.widget': 'Widget',
  'embed.dialog.theme': 'Theme',
  'embed.dialog.controls': 'Controls',
  'embed.dialog.controls.minimal': 'Minimal',
  'embed.dialog.controls.full': 'Full (clock and inspector)',
  'embed.dialog.autoplay': 'Play at once',
  'embed.dialog.loadOnClick': 'Load only when the reader clicks Play',
  'embed.dialog.snippet': 'Iframe snippet',
  'embed.dialog.copy': 'Copy snippet',
  'embed.dialog.copied': 'Copied.',
  'embed.dialog.copyFailed': 'The browser refused to copy: select the snippet and copy it by hand.',
  'embed.dialog.close': 'Close',
  'embed.dialog.shareNote': 'The scenario travels inside the snippet (in the address’s hash): no server keeps it.',
  'embed.dialog.preparing': 'Writing the snippet…',
} as const satisfies Record<string, string>;

addEnglish(embedDialogEn);
