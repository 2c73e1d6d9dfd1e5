import { DateTime } from 'luxon';
import { markdownReport } from '../documents/markdown-report';
import { type ExportedObservation, observationsCsv } from '../documents/spreadsheet';
import type { Clock } from '../domain/clock';
import { UNKNOWN_ORGANISATION, type Group } from '../domain/group';
import { periodsInSpan, type ExportFormat, type ReportSpan } from '../domain/long-report';
import { TIME_ZONE, type RunningPeriod } from '../domain/periods';
import { followUp, localDate } from '../domain/pledge';
import type { Texts } from '../i18n';
import type { DownloadLink, DownloadStore } from '../storage/blob/download-store';
import type { Repositories } from '../storage/repositories';
import type { LongReportService } from './long-report-service';
import { closedOf, runningOf } from './running-periods';
import type { SituationPictureService } from './situation-picture-service';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/**
 * The kommun's own archive: the observations of a date range as CSV (one row each, with the
 * organisation but never the reporter), or the compiled lägesbilder of the range as Markdown.
 */
export class ExportService {
  constructor(
    private readonly repositories: Repositories,
    private readonly situationPictures: SituationPictureService,
    private readonly longReports: LongReportService,
    private readonly clock: Clock,
    private readonly downloads: DownloadStore,
  ) {}

  /**
   * The span's report as a file (the Word document, the CSV of its observations as `npm run export`
   * writes it, or the Markdown of its lägesbilder) behind a link that only reads it and expires
   * within minutes: for the samordnare who asked, in their 1:1 chat.
   */
  async downloadLink(
    group: Group,
    span: ReportSpan,
    format: ExportFormat,
    t: Texts,
    compiledBy?: string,
  ): Promise<DownloadLink & { title: string }> {
    const title = t.longReport.title(span.kind, span.year, span.index, group.name);
    const { text } = await this.file(group, span, format, title, t, compiledBy);
    const fileName = `${title}.${format}`;
    const content = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const link = await this.downloads.put({ fileName, contentType: CONTENT_TYPES[format], content });
    return { ...link, title };
  }

  /** The span of the local dates [from, to], both days included. */
  span(from: string, to: string): ReportSpan {
    const start = DateTime.fromISO(from, { zone: TIME_ZONE }).startOf('day');
    const end = DateTime.fromISO(to, { zone: TIME_ZONE }).plus({ days: 1 }).startOf('day');
    if (!start.isValid || !end.isValid || end <= start)
      throw new RangeError('from and to must be dates, from not after to');
    return { kind: 'ar', year: start.year, index: 0, start: start.toJSDate(), end: end.toJSDate() };
  }

  async export(
    group: Group,
    from: string,
    to: string,
    format: ExportFormat,
    t: Texts,
  ): Promise<{ text: string | Buffer; rows: number; running: RunningPeriod[] }> {
    // The range's running periods are not in the file; the command says so.
    const span = this.span(from, to);
    return this.file(group, span, format, t.picture.title(`${from} – ${to}`, group.name), t);
  }

  /** The span's file in one format: the one choice behind the CLI's export and the card's download. */
  private file(
    group: Group,
    span: ReportSpan,
    format: ExportFormat,
    title: string,
    t: Texts,
    compiledBy?: string,
  ): Promise<{ text: string | Buffer; rows: number; running: RunningPeriod[] }> {
    if (format === 'docx') return this.document(group, span, title, t, compiledBy);
    return format === 'csv' ? this.csv(group, span, t) : this.markdown(group, span, title, t);
  }

  /**
   * The Word document of a span (a month, tertial or year from the `rapport` card, or the dates of
   * `npm run export`): what the Markdown holds, in the kommuner's own shape, with the charts.
   */
  async document(
    group: Group,
    span: ReportSpan,
    title: string,
    t: Texts,
    compiledBy?: string,
  ): Promise<{ text: Buffer; rows: number; running: RunningPeriod[] }> {
    const compiled = await this.longReports.closedPictures(group, span);
    // The texts the council saw: the published lägesbilder of the span's closed periods.
    const published = (await this.situationPictures.archive(group)).flatMap((publication) => {
      const period = compiled.find((item) => item.period.id === publication.periodId)?.period;
      const { picture, analysis } = publication.content;
      return period ? [{ period, picture, analysis }] : [];
    });
    const report = await this.longReports.longReportOf(
      group,
      span,
      compiled.map((item) => item.picture),
    );
    const today = localDate(this.clock.now());
    const from = localDate(span.start);
    const to = localDate(DateTime.fromJSDate(span.end, { zone: TIME_ZONE }).minus({ days: 1 }).toJSDate());
    const pledges = [];
    for (const pledge of await this.repositories.pledges.list(group.id)) {
      if (pledge.end < from || pledge.start > to) continue;
      pledges.push(followUp(pledge, await this.repositories.pledges.listUpdates(group.id, pledge.id), today));
    }
    // Loaded when a document is made: the document and chart libraries are large, and most
    // processes never make one.
    const { reportDocument } = await import('../documents/report-document');
    const text = await reportDocument(
      {
        title,
        groupName: group.name,
        council: group.councilName ?? t.document.defaultCouncil,
        ...(compiledBy ? { compiledBy } : {}),
        published,
        from,
        to,
        generatedAt: today,
        report,
        periods: compiled,
        pledges,
        today,
      },
      t,
    );
    return { text, rows: report.totalObservations, running: report.running };
  }

  /** The observations of the span's closed periods; its running ones are left out and returned. */
  private async csv(
    group: Group,
    span: ReportSpan,
    t: Texts,
  ): Promise<{ text: string; rows: number; running: RunningPeriod[] }> {
    const range = periodsInSpan(group.schedule, span);
    const now = this.clock.now();
    const running = await runningOf(this.repositories, group, range, now);
    const periods = closedOf(range, now);
    const members = new Map(
      (await this.repositories.members.listByGroup(group.id)).map((member) => [member.memberKey, member]),
    );
    const rows: ExportedObservation[] = [];
    for (const period of periods) {
      for (const report of await this.repositories.reports.listReports(group.id, period.id)) {
        const organisation = report.organisation ?? members.get(report.memberKey)?.organisation ?? UNKNOWN_ORGANISATION;
        rows.push(...report.observations.map((observation) => ({ period, observation, organisation })));
      }
    }
    return { text: observationsCsv(group, rows, t), rows: rows.length, running };
  }

  private async markdown(
    group: Group,
    span: ReportSpan,
    title: string,
    t: Texts,
  ): Promise<{ text: string; rows: number; running: RunningPeriod[] }> {
    const compiled = await this.longReports.closedPictures(group, span);
    const pictures = compiled.map((item) => item.picture);
    const long = await this.longReports.longReportOf(group, span, pictures);
    const periods = compiled.map((item) => item.period);
    const text = markdownReport({ title, periods, long, compiled }, t);
    return { text, rows: long.totalObservations, running: long.running };
  }
}
