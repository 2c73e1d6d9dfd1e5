import type { ExportFormat } from '../domain/long-report';
import type { Texts } from '../i18n';
import { md } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import downloadTemplate from './templates/download.json';

/** The link to a report's file, sent only to the samordnare who asked, with when it stops working. */
export function downloadCard(
  link: { url: string; title: string; expiresAt: Date },
  format: ExportFormat,
  t: Texts,
): AdaptiveCardJson {
  const ready = t.document.downloadReady(format, md(link.title));
  return renderCard(downloadTemplate, {
    fallbackText: t.cardNotSupported(ready),
    ready,
    expires: t.document.downloadExpires(t.clockTime(link.expiresAt)),
    open: t.document.downloadOpen,
    url: link.url,
  });
}
