import type { PoliceSection } from '../domain/police-section';
import type { Texts } from '../i18n';
import { markdownLink, md } from './markdown';

/** An event's name on one line (the police's names hold line breaks now and then). */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The lägesbild's section on the police's published events: the total and each type against the
 * previous period, the latest events linked to their page on polisen.se, and the note that these
 * are not crime statistics. `sideBySide` (the review card) adds the members' observations and the
 * police's events of the same kind. '' when there is no section.
 */
export function policeSectionText(
  section: PoliceSection | undefined,
  t: Texts,
  options: { sideBySide: boolean; maxTypes: number },
): string {
  if (!section) return '';
  const parts: string[] = [];
  if (section.total === 0 && section.previousTotal === 0) parts.push(t.police.none);
  else {
    parts.push(
      [
        t.police.total(section.total, section.previousTotal),
        ...section.types
          .slice(0, options.maxTypes)
          .map((row) => t.police.typeLine(md(row.type), row.count, row.previousCount)),
      ].join('\n'),
    );
  }
  if (section.recent.length > 0) {
    parts.push(
      `**${t.police.recentHeading}**\n` +
        section.recent.map((event) => `- ${markdownLink(oneLine(event.name) || event.type, event.url)}`).join('\n'),
    );
  }
  if (options.sideBySide && section.sideBySide.length > 0) {
    parts.push(
      `**${t.police.sideHeading}**\n` +
        section.sideBySide
          .map((row) =>
            t.police.sideLine(
              md(row.label),
              row.members,
              row.police,
              row.omraden.map((each) => t.police.omradeCount(md(each.omrade), each.members, each.police)).join(', '),
            ),
          )
          .join('\n'),
    );
  }
  const fetched = section.fetchedAt ? ` ${t.police.fetched(t.dateTime(new Date(section.fetchedAt)))}` : '';
  parts.push(`_${t.police.note}${fetched}_`);
  return parts.join('\n\n');
}
