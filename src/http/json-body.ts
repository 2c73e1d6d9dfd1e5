import type { IncomingMessage } from 'node:http';
import { parse as parseContentType } from 'content-type';
import getRawBody from 'raw-body';

/** Why a request body was refused, as a short code for the response and the warn line. */
export type BodyRefusal =
  | 'unsupportedMediaType'
  | 'unsupportedEncoding'
  | 'tooLarge'
  | 'unreadable'
  | 'invalidJson'
  | 'tooDeep'
  | 'notAnObject';

export type BodyResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; status: number; reason: BodyRefusal };

/** Activities nest a few levels (card data, entities, channelData); nothing legitimate comes near this. */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads a JSON object from a request, refusing before anything is inflated or parsed: only
 * `application/json` (UTF-8), only identity encoding (so a small compressed body can never grow
 * into a large one), at most `maxBytes` read off the wire, and at most `MAX_JSON_DEPTH` levels of
 * nesting. Never throws: a broken stream is a refusal like any other.
 */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  let mediaType: string;
  let charset: string | undefined;
  try {
    const parsed = parseContentType(request.headers['content-type'] ?? '');
    mediaType = parsed.type;
    charset = parsed.parameters.charset?.toLowerCase();
  } catch {
    return { ok: false, status: 415, reason: 'unsupportedMediaType' };
  }
  if (mediaType !== 'application/json' || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    return { ok: false, status: 415, reason: 'unsupportedMediaType' };
  }
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return { ok: false, status: 415, reason: 'unsupportedEncoding' };

  let text: string;
  try {
    text = await getRawBody(request, { limit: maxBytes, encoding: 'utf-8' });
  } catch (error) {
    const type = (error as { type?: string }).type;
    return type === 'entity.too.large'
      ? { ok: false, status: 413, reason: 'tooLarge' }
      : { ok: false, status: 400, reason: 'unreadable' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, reason: 'invalidJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, status: 400, reason: 'notAnObject' };
  }
  if (depthExceeds(value, MAX_JSON_DEPTH)) return { ok: false, status: 400, reason: 'tooDeep' };
  return { ok: true, value: value as Record<string, unknown> };
}

/** Whether any value nests deeper than `limit`; iterative, so a hostile depth cannot blow the stack. */
export function depthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
