import { Document, HeadingLevel, Packer, TableOfContents, type Paragraph, type Table } from 'docx';
import type { SituationPicture } from '../domain/compile';
import type { Direction, LongReport } from '../domain/long-report';
import type { ReportingPeriod } from '../domain/periods';
import { effectiveStatus, type FollowUp } from '../domain/pledge';
import { whereOf } from '../domain/report';
import { reportSummary } from '../domain/report-summary';
import { organisationName, runningLines, whenOf, type Texts } from '../i18n';
import { barChartImage, lineChartImage } from './chart-images';
import {
  bullet,
  chart,
  heading,
  large,
  section,
  table,
  text,
  textWidth,
  textWidthPixels,
  type Orientation,
  type RunningHead,
} from './document-parts';

/**
 * The month, tertial or year report as a Word document a kommun can file as it is, in the shape of
 * the kommuner's own (the seeds: Fagersta's monthly report, Arboga's tertialanalys): a cover
 * ("Underlag till Trygghetsrådet"), Word's own table of contents, a Sammanfattning written from the
 * figures, the group's analyses, participation, the series per area, område, händelsetyp and police
 * type with their charts, recurring hot spots, the insatser and their effect, the observations as
 * the council saw them, and the medborgarlöften's follow-up. Only closed periods count; a running
 * one is said as such. Headers name the report on every page, footers number the pages.
 */
export interface ReportDocumentInput {
  /** "Tertialrapport 3 2026 · EST Fagersta". */
  title: string;
  groupName: string;
  /** The council it is prepared for: the group's own name for it, or the general one. */
  council: string;
  /** The organisation of the samordnare who made it (absent from the command line). */
  compiledBy?: string;
  /** The dates the report covers, both included (local dates). */
  from: string;
  to: string;
  generatedAt: string;
  report: LongReport;
  /** The span's closed periods, each compiled from every report: the figures. */
  periods: { period: ReportingPeriod; picture: SituationPicture }[];
  /** The lägesbilder published in the span, as the council saw them: the texts and the analyses. */
  published: { period: ReportingPeriod; picture: SituationPicture; analysis: string }[];
  pledges: FollowUp[];
  today: string;
}

/** Above this many periods the series tables need a page's width across: their pages are landscape. */
const PORTRAIT_PERIODS = 8;
/** How many områden and händelsetyper the bar charts show (the tables hold all of them). */
const CHART_TOP = 10;

type Block = Paragraph | Table | TableOfContents;

function cover(input: ReportDocumentInput, t: Texts): Block[] {
  return [
    large(input.groupName, 56, true),
    large(input.title, 36),
    large(
      t.document.covers(
        input.from,
        input.to,
        input.periods.map(({ period }) => t.periodLabel(period)),
      ),
      24,
    ),
    large(t.document.basisFor(input.council), 28, true),
    large(input.generatedAt, 24),
    ...(input.compiledBy ? [large(t.document.compiledBy(input.compiledBy), 24)] : []),
    text(t.document.privacy),
  ];
}

/** The contents, the Sammanfattning, the analyses and participation: what a council member reads first. */
function opening(input: ReportDocumentInput, t: Texts): Block[] {
  const { report } = input;
  const blocks: Block[] = [
    large(t.document.contents, 32, true),
    new TableOfContents(t.document.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    heading(t.document.summaryHeading, HeadingLevel.HEADING_1),
  ];
  if (report.periods.length === 0) blocks.push(text(t.noClosedPeriod));
  else for (const sentence of t.document.summary(reportSummary(report), whereOf)) blocks.push(text(sentence));
  blocks.push(...runningLines(report.running, t).map(text));

  blocks.push(heading(t.document.analysesHeading, HeadingLevel.HEADING_1));
  const analysed = input.published.filter((item) => item.analysis.trim() !== '');
  if (analysed.length === 0) blocks.push(text(t.document.noAnalyses));
  for (const { period, analysis } of analysed) {
    blocks.push(heading(t.periodLabel(period), HeadingLevel.HEADING_2));
    blocks.push(...analysis.split(/\n+/).filter(Boolean).map(text));
  }

  blocks.push(heading(t.document.participation, HeadingLevel.HEADING_1));
  blocks.push(
    table(
      [t.document.period, t.document.answered, t.document.observations],
      input.periods.map(({ period, picture }) => [
        t.periodLabel(period),
        `${picture.participation.answered} / ${picture.participation.total}`,
        String(picture.totalObservations),
      ]),
      textWidth('portrait'),
    ),
  );
  return blocks;
}

/** The series per area, område, händelsetyp and police type, with their charts, across `orientation`'s page. */
function figures(input: ReportDocumentInput, t: Texts, orientation: Orientation): Block[] {
  const { report } = input;
  const labels = input.periods.map(({ period }) => t.trends.axisLabel(period));
  const width = textWidth(orientation);
  const chartWidth = textWidthPixels(orientation);
  /** A row per area, område or händelsetyp: its count in each period, the total and the direction. */
  const seriesTable = (
    first: string,
    rows: { label: string; counts: number[]; total: number; direction: Direction }[],
  ) =>
    table(
      [first, ...labels, t.document.total, t.document.trend],
      rows.map((row) => [row.label, ...row.counts.map(String), String(row.total), t.document.direction[row.direction]]),
      width,
      true,
    );
  const bars = (title: string, rows: { label: string; total: number }[]) => {
    const top = rows.slice(0, CHART_TOP).map((row) => ({ label: row.label, value: row.total }));
    return chart(barChartImage(top, chartWidth), title, top.map((row) => `${row.label}: ${row.value}`).join('; '));
  };
  const blocks: Block[] = [
    heading(t.longReport.areas, HeadingLevel.HEADING_1),
    chart(
      lineChartImage(labels, report.areas, chartWidth),
      t.trends.linesTitle,
      report.areas.map((area) => `${area.label}: ${area.counts.join(', ')}`).join('; '),
    ),
    seriesTable(t.report.fieldLabels.area, report.areas),
    heading(t.longReport.omraden, HeadingLevel.HEADING_1),
  ];
  const omraden = report.omraden.map((row) => ({ ...row, label: row.omrade }));
  if (omraden.length > 0) blocks.push(bars(t.trends.omradenTitle, omraden));
  blocks.push(seriesTable(t.report.fieldLabels.omrade, omraden));
  if (report.eventTypes.length > 0) {
    blocks.push(
      heading(t.longReport.eventTypes, HeadingLevel.HEADING_1),
      bars(t.trends.eventTypesTitle, report.eventTypes),
      seriesTable(t.report.fieldLabels.handelsetyp, report.eventTypes),
    );
  }
  if (report.police) {
    blocks.push(heading(t.police.heading(report.police.locations), HeadingLevel.HEADING_1));
    if (report.police.types.length === 0) blocks.push(text(t.police.none));
    else {
      const total = report.police.totals.reduce((sum, each) => sum + each, 0);
      blocks.push(
        table(
          [t.document.policeType, ...labels, t.document.total],
          [
            ...report.police.types.map((row) => [row.type, ...row.counts.map(String), String(row.total)]),
            [t.document.total, ...report.police.totals.map(String), String(total)],
          ],
          width,
        ),
      );
    }
    blocks.push(text(t.police.note));
  }
  return blocks;
}

/** One published lägesbild's observations, by area and place, as the council saw them. */
function observations(picture: SituationPicture, t: Texts): Block[] {
  const blocks: Block[] = [];
  for (const spot of picture.hotSpots) {
    const organisations = spot.organisations.map((name) => organisationName(t, name));
    blocks.push(
      bullet(
        `${t.picture.hotSpots}: ${t.picture.hotSpot(whereOf(spot.omrade, spot.place), organisations, spot.recurring)}`,
      ),
    );
  }
  const areas = picture.areas.filter((area) => area.count > 0);
  if (areas.length === 0) blocks.push(text(t.document.noObservations));
  for (const area of areas) {
    blocks.push(heading(area.label, HeadingLevel.HEADING_3));
    for (const place of area.places) {
      blocks.push(large(whereOf(place.omrade, place.place), 22, true));
      for (const observation of place.observations) {
        const description =
          (observation.eventType ? `${observation.eventType}: ` : '') + observation.description.replace(/\s+/g, ' ');
        const line = t.picture.observationLine(
          description,
          t.choices.assessment[observation.assessment].toLowerCase(),
          whenOf(t, observation, (iso) => iso),
          observation.organisation ? organisationName(t, observation.organisation) : '',
          observation.policeReported === 'ja',
        );
        blocks.push(bullet(line));
      }
    }
  }
  return blocks;
}

/** Recurring hot spots, the insatser and their effect, the observations and the medborgarlöften. */
function closing(input: ReportDocumentInput, t: Texts): Block[] {
  const { report } = input;
  const blocks: Block[] = [heading(t.longReport.recurring, HeadingLevel.HEADING_1)];
  if (report.recurringHotSpots.length === 0) blocks.push(text(t.longReport.noRecurring));
  for (const spot of report.recurringHotSpots) {
    const organisations = spot.organisations.map((name) => organisationName(t, name));
    blocks.push(bullet(t.document.recurring(whereOf(spot.omrade, spot.place), spot.periods, organisations)));
  }
  blocks.push(heading(t.insatser.effectHeading, HeadingLevel.HEADING_1));
  if (report.insatser.length === 0) blocks.push(text(t.document.noInsatser));
  for (const line of report.insatser) {
    const name = t.insatser.name(line.number, line.what, whereOf(line.omrade, line.place));
    blocks.push(bullet(`${name}. ${line.effect ? t.insatser.effect(line.effect) : ''}`.trim()));
  }

  // Only what was reviewed and published reaches the document's texts; the figures count every report.
  blocks.push(heading(t.document.observationsHeading, HeadingLevel.HEADING_1));
  for (const { period } of input.periods) {
    blocks.push(heading(t.periodLabel(period), HeadingLevel.HEADING_2));
    const published = input.published.find((item) => item.period.id === period.id);
    blocks.push(
      ...(published ? observations(published.picture, t) : [text(t.document.notPublished(t.periodLabel(period)))]),
    );
  }

  blocks.push(heading(t.document.pledgesHeading, HeadingLevel.HEADING_1));
  if (input.pledges.length === 0) blocks.push(text(t.pledges.none));
  for (const result of input.pledges) {
    blocks.push(heading(result.pledge.title, HeadingLevel.HEADING_2), text(t.pledges.counts(result.counts)));
    for (const area of result.focusAreas) {
      blocks.push(heading(area.focusArea.name, HeadingLevel.HEADING_3));
      for (const { activity } of area.activities) {
        const status = t.pledges.status[effectiveStatus(activity, input.today)];
        const owner = t.pledges.owner(activity.ownerParty);
        blocks.push(bullet(t.pledges.activityLine(activity.description, owner, activity.due, status, activity.target)));
      }
    }
  }
  return blocks;
}

export async function reportDocument(input: ReportDocumentInput, t: Texts): Promise<Buffer> {
  const head: RunningHead = {
    title: input.title,
    span: `${input.from} – ${input.to}`,
    page: t.document.page,
    pageOf: t.document.pageOf,
  };
  const wide: Orientation = input.periods.length > PORTRAIT_PERIODS ? 'landscape' : 'portrait';
  const document = new Document({
    creator: 'Lägesbild-boten',
    title: input.title,
    description: t.document.privacy,
    // Word fills in the contents' page numbers when it opens the document.
    features: { updateFields: true },
    sections: [
      section('portrait', cover(input, t)),
      section('portrait', opening(input, t), head),
      // A landscape part starts on a page of its own; a portrait one follows on.
      ...(input.periods.length > 0 ? [section(wide, figures(input, t, wide), head, wide === 'landscape')] : []),
      section('portrait', closing(input, t), head, wide === 'landscape'),
    ],
  });
  return Packer.toBuffer(document);
}
