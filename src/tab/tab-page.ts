import type { TabConfig } from '../config/load-config';

/**
 * The hosts that may frame the tab's pages: Teams, Microsoft 365 and Outlook, as the Teams platform
 * documentation lists them ("Tab requirements"), nothing else.
 */
export const TAB_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

/** The tab's pages: its own script and style, the map's tiles, its own API; framed only by Microsoft 365. */
export function tabPageSecurityPolicy(config: Pick<TabConfig, 'tileUrl'>): string {
  const tiles = config.tileUrl ? ` ${new URL(config.tileUrl.replace(/\{[a-z]\}/g, '0')).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${tiles}`,
    // teams-js reads Microsoft's list of valid host domains from its CDN when it loads.
    "connect-src 'self' https://res.cdn.office.net",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${TAB_FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * The HTML of the tab's content page (`page: 'content'`) and of a channel tab's configuration page:
 * a shell the script fills in. The settings it needs travel as escaped data attributes.
 */
export function tabPageHtml(page: 'content' | 'config', config: Pick<TabConfig, 'tileUrl' | 'attribution'>): string {
  const data = {
    'data-page': page,
    'data-tiles': config.tileUrl ?? '',
    'data-attribution': config.attribution,
  };
  const attributes = Object.entries(data)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
  return [
    '<!doctype html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Lägesbild</title>',
    '<link rel="stylesheet" href="/tab/assets/tab.css">',
    '</head>',
    `<body ${attributes}>`,
    '<main id="app" aria-live="polite"><p class="muted">Läser in …</p></main>',
    '<script src="/tab/assets/tab.js"></script>',
    '</body>',
    '</html>',
  ].join('\n');
}
