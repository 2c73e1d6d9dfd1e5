import { boundedText, drained } from './bounded-body';

/**
 * A file a person sends the bot: at most this large. A medborgarlöfte is a few KB, and the file
 * travels in the preview card's data until **Importera** (a Teams message stays well under 100 KB).
 */
export const MAX_FILE_BYTES = 48 * 1024;
const TIMEOUT_MS = 10_000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type FileDownload =
  { kind: 'ok'; text: string } | { kind: 'refusedHost' } | { kind: 'tooLarge' } | { kind: 'failed'; reason: string };

export interface TeamsFiles {
  /** Whether the link is on one of Teams' own file hosts (https; http only on this machine). */
  allowed(url: string): boolean;
  /** The file's text, size- and time-capped; a link elsewhere is never fetched. */
  download(url: string): Promise<FileDownload>;
}

/**
 * The download links Teams gives a bot for a file sent in the 1:1 chat (`supportsFiles`): short-lived,
 * pre-authorized links to the sender's OneDrive (SharePoint). Only the configured hosts are fetched
 * (`*.sharepoint.com` by default; a suffix rule), without following redirects, so that a forged
 * attachment cannot make the bot fetch anything else.
 */
export function teamsFiles(hosts: readonly string[], timeoutMs = TIMEOUT_MS): TeamsFiles {
  const matches = (hostname: string) =>
    hosts.some((host) =>
      host.startsWith('*.') ? hostname.endsWith(host.slice(1)) && hostname.length > host.length - 1 : hostname === host,
    );
  const allowed = (link: string) => {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return false;
    }
    if (url.username || url.password) return false;
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    return secure && matches(url.hostname.toLowerCase());
  };
  return {
    allowed,
    async download(link) {
      if (!allowed(link)) return { kind: 'refusedHost' };
      let response: Response;
      try {
        response = await fetch(link, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        return { kind: 'failed', reason: name === 'TimeoutError' ? 'timeout' : 'network' };
      }
      if (!response.ok) return drained(response, { kind: 'failed', reason: `status ${response.status}` });
      const body = await boundedText(response, MAX_FILE_BYTES);
      if (!body.ok) return body.reason === 'tooLarge' ? { kind: 'tooLarge' } : { kind: 'failed', reason: 'broken' };
      return { kind: 'ok', text: body.text };
    },
  };
}
