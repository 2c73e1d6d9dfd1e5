import type { ReadableStreamDefaultReader } from 'node:stream/web';

/** Discards what is left of a response's body (so the connection is freed) and gives `answer`. */
export async function drained<T>(response: Response, answer: T): Promise<T> {
  await response.body?.cancel().catch(() => undefined);
  return answer;
}

export type BoundedText = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'broken' };

/**
 * The body as UTF-8 text, unless it is larger than `maxBytes` (declared, or as it arrives: reading
 * stops there) or breaks off. An outside answer is never read whole first.
 */
export async function boundedText(response: Response, maxBytes: number): Promise<BoundedText> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return drained(response, { ok: false, reason: 'tooLarge' });
  const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array> | undefined;
  if (!reader) return { ok: true, text: '' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'tooLarge' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'broken' };
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
