import { md } from '../cards/markdown';
import type { SituationPicture } from '../domain/compile';
import type { LongReport } from '../domain/long-report';
import type { ReportingPeriod } from '../domain/periods';
import { whereOf } from '../domain/report';
import { organisationName, runningLines, whenOf, type Texts } from '../i18n';

export interface MarkdownReportInput {
  title: string;
  periods: readonly ReportingPeriod[];
  long: LongReport;
  compiled: readonly { period: ReportingPeriod; picture: SituationPicture }[];
}

/** A table of counts per period: a row per label. */
function countTable(
  heading: string,
  periods: readonly ReportingPeriod[],
  rows: { label: string; counts: number[] }[],
  t: Texts,
) {
  return [
    `| ${heading} | ${periods.map((period) => t.periodLabel(period)).join(' | ')} |`,
    `|---|${periods.map(() => '---:').join('|')}|`,
    ...rows.map((row) => `| ${md(row.label)} | ${row.counts.join(' | ')} |`),
    '',
  ];
}

/** One period's compiled picture: its figures, then each area's places and observations. */
function periodSection({ period, picture }: MarkdownReportInput['compiled'][number], t: Texts): string[] {
  const { answered, total, byOrganisation } = picture.participation;
  // By organisation, as the council's card says it: a file leaves the chat, so it names no member.
  const organisations = byOrganisation.map((row) => ({
    ...row,
    organisation: md(organisationName(t, row.organisation)),
  }));
  const lines = [
    `## ${t.periodLabel(period)}`,
    '',
    `- ${t.picture.participation}: ${t.picture.participationByOrganisation(answered, total, organisations)}`,
    `- ${t.picture.observations}: ${picture.totalObservations}`,
  ];
  if (picture.eventTypes.length > 0) {
    const counts = picture.eventTypes.map((row) =>
      t.picture.eventTypeCount(md(row.label), row.count, row.previousCount),
    );
    lines.push(`- ${t.picture.eventTypes}: ${counts.join('; ')}`);
  }
  if (picture.hotSpots.length > 0) {
    const spots = picture.hotSpots.map((spot) =>
      t.picture.hotSpot(
        md(whereOf(spot.omrade, spot.place)),
        spot.organisations.map((organisation) => md(organisationName(t, organisation))),
        spot.recurring,
      ),
    );
    lines.push(`- ${t.picture.hotSpots}: ${spots.join('; ')}`);
  }
  lines.push('');
  for (const area of picture.areas.filter((section) => section.count > 0)) {
    lines.push(
      `### ${md(area.label)}`,
      '',
      t.picture.headline(area.count, area.previousCount, area.high, area.policeReportedShare),
      '',
    );
    for (const place of area.places) {
      lines.push(`**${md(whereOf(place.omrade, place.place))}**`, '');
      for (const item of place.observations) {
        const text = (item.eventType ? `${item.eventType}: ` : '') + item.description.replace(/\s+/g, ' ');
        const assessment = t.choices.assessment[item.assessment].toLowerCase();
        const when = whenOf(t, item, (iso) => iso);
        const line = t.picture.observationLine(
          md(text),
          assessment,
          when,
          item.organisation ? md(organisationName(t, item.organisation)) : '',
          item.policeReported === 'ja',
        );
        lines.push(`- ${line}`);
      }
      lines.push('');
    }
  }
  return lines;
}

/**
 * The compiled lägesbilder of a span as Markdown, for the kommun's archive: the counts per area,
 * händelsetyp and police type, then each period. Every text a member, a setting or the police wrote
 * is escaped, so that it stays text (and a `|` does not break a table).
 */
export function markdownReport({ title, periods, long, compiled }: MarkdownReportInput, t: Texts): string {
  const running = runningLines(long.running, t).flatMap((line) => [line, '']);
  if (periods.length === 0) return [`# ${md(title)}`, '', t.noClosedPeriod, '', ...running].join('\n');
  const lines: string[] = [`# ${md(title)}`, '', ...running, `## ${t.longReport.areas}`, ''];
  lines.push(...countTable(t.report.fieldLabels.area, periods, long.areas, t));
  if (long.eventTypes.length > 0) {
    lines.push(
      `## ${t.longReport.eventTypes}`,
      '',
      ...countTable(t.report.fieldLabels.handelsetyp, periods, long.eventTypes, t),
    );
  }
  if (long.police) {
    const types = long.police.types.map((row) => ({ label: row.type, counts: row.counts }));
    lines.push(
      `## ${t.police.heading(long.police.locations.map(md))}`,
      '',
      ...countTable(t.document.policeType, periods, types, t),
    );
    lines.push(`_${t.police.note}_`, '');
  }
  for (const item of compiled) lines.push(...periodSection(item, t));
  lines.push(`_${t.longReport.footer}_`, '');
  return lines.join('\n');
}
