/**
 * The one way a catalogue template's named placeholders are filled: `fillTemplate('{who} left', { who: 'Alice' })`.
 * Used by the UI's `t`, the card sizer and the fault menu's English, so a sentence reads the same wherever it is
 * worded. Pure: one pass over the template, so a value that itself contains "{x}" or "$&" is copied as it is.
 */
import { possessive } from '../../engine/messages/en/possessive';

export type TemplateParams = Readonly<Record<string, string | number>>;

/**
 * `template` with each "{name}" replaced by `params[name]`; a placeholder without a parameter is left as it is
 * (so a missing one shows, rather than vanishing). "{name}'s" takes the engine's English possessive, so a name
 * ending in s reads "eLayerNodes'", never "eLayerNodes's".
 */
export function fillTemplate(template: string, params?: TemplateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}('s)?/g, (whole, name: string, s: string | undefined) => {
    // own parameters only ("{constructor}" is not filled from Object.prototype), and never "undefined"
    if (!Object.prototype.hasOwnProperty.call(params, name) || params[name] === undefined) return whole;
    const value = String(params[name]);
    return s ? possessive(value) : value;
  });
}
