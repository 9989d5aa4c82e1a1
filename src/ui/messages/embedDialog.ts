/**
 * The English strings of the app's "Embed this" button and dialog (src/ui/embed/EmbedButton.svelte,
 * EmbedDialog.svelte), apart from the widgets' own (./embed.ts, which the dialog also uses to name the widgets), so
 * that an embedded widget does not carry the dialog's words. Same rules as en.ts.
 */
import './embed';
import { addEnglish } from './english';

export const embedDialogEn = {
  'embed.dialog.open': 'Embed',
  'embed.dialog.openTitle': 'Embed this view in another page (an iframe snippet)',
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
