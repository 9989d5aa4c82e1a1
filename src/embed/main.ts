/**
 * The embeddable widgets' entry (embed.html): no app shell, router or autosave. It reads the parameters once,
 * applies the theme without remembering it, opens the channel to the host page and mounts the embed's root,
 * which loads the chosen widget (or first shows a poster, with loadOnClick).
 */
import { mount } from 'svelte';
import '../ui/styles/theme.css';
import '../ui/embed/embed.css';
import Embed from '../ui/embed/Embed.svelte';
import { describeProblem, parseEmbedParams } from '../app/embed/params';
import { HostLink } from '../app/embed/hostLink';
import { applyTheme } from '../app/theme';

const parsed = parseEmbedParams(location.search, location.hash);
// The theme applies for this page only: `remember` false, so the app's stored theme is never written.
if (parsed.ok) applyTheme(parsed.params.theme === 'auto' ? 'system' : parsed.params.theme, false);
const host = new HostLink(window, parsed.ok ? parsed.params.origin : null);
host.start();
if (!parsed.ok) host.error(parsed.problems.map(describeProblem));

// oEmbed discovery (https://oembed.com, section 4): a built-in scenario's page links its oEmbed file.
if (parsed.ok && parsed.params.scenario?.kind === 'builtIn') {
  const link = document.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/json+oembed';
  link.href = new URL(`oembed/${parsed.params.scenario.id}.json`, document.baseURI).href;
  link.title = 'oEmbed';
  document.head.append(link);
}

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');
mount(Embed, { target, props: { parsed, host } });
