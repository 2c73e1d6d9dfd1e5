import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  TableLayoutType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SituationPicture } from '../domain/compile';
import type { Direction, LongReport } from '../domain/long-report';
import type { ReportingPeriod } from '../domain/periods';
import { effectiveStatus, type FollowUp } from '../domain/pledge';
import { whereOf } from '../domain/report';
import { organisationName, whenOf, type Texts } from '../i18n';
import { barChartImage, lineChartImage, type ChartImage } from './chart-images';

/**
 * The month, tertial or year report as a Word document in the shape of the kommuner's own (the
 * seeds: Fagersta's monthly report, Arboga's tertialanalys): a title page, participation, per area
 * the counts and the trend, händelsetyper, recurring hot spots, the insatser and their effect, the
 * observations per period grouped by område (with the organisation, never the reporter), and the
 * medborgarlöften's follow-up. Word's own heading styles, so that a kommun can restyle and edit it.
 * The charts of the `rapport` card are images here (drawn on the server), each with its numbers as
 * alt text and in the table beside it.
 */
export interface ReportDocumentInput {
  title: string;
  groupName: string;
  /** The dates the report covers, both included (local dates). */
  from: string;
  to: string;
  generatedAt: string;
  report: LongReport;
  periods: { period: ReportingPeriod; picture: SituationPicture }[];
  pledges: FollowUp[];
  today: string;
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });
const text = (value: string) => new Paragraph({ children: [new TextRun(value)] });
const bullet = (value: string) => new Paragraph({ text: value, bullet: { level: 0 } });

/** Above this many periods the series tables need the page's width: the document is landscape. */
const PORTRAIT_PERIODS = 8;
/** A4, in twentieths of a point (the kommuner print on A4). */
const A4 = { width: 11906, height: 16838 };
/** The page's margins (docx's default: one inch), in twips. */
const MARGIN = 1440;
/** Table text in half-points: 9 pt, so that a year's periods fit across the page. */
const TABLE_TEXT_SIZE = 18;

/** How many områden and händelsetyper the bar charts show (the tables hold all of them). */
const CHART_TOP = 10;

/** A chart image in a paragraph of its own; `description` is its alt text (what a screen reader says). */
function chart(image: ChartImage, title: string, description: string): Paragraph {
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: image.data,
        transformation: { width: image.width, height: image.height },
        altText: { name: title, title, description },
      }),
    ],
  });
}

/**
 * A table across the text's width (`width`, twips): a series table's first column (the names) gets
 * a quarter of it, the figures share the rest (with `wordsLast`, the total half as much again and
 * the last column of words, "oförändrat", twice a figure's); a short table shares it evenly.
 */
function table(header: string[], rows: string[][], width: number, wordsLast = false): Table {
  const first = header.length > 4 ? Math.round(width / 4) : Math.round(width / header.length);
  // In units of a figure's column: the total (its heading is a word) 1.5, a column of words 2.
  const weights = header
    .slice(1)
    .map((_, index, rest) => (!wordsLast ? 1 : index === rest.length - 1 ? 2 : index === rest.length - 2 ? 1.5 : 1));
  const unit = (width - first) / weights.reduce((sum, weight) => sum + weight, 0);
  const columnWidths = [first, ...weights.map((weight) => Math.floor(weight * unit))];
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (cell, index) =>
          new TableCell({
            width: { size: columnWidths[index], type: WidthType.DXA },
            children: [new Paragraph({ children: [new TextRun({ text: cell, bold, size: TABLE_TEXT_SIZE })] })],
          }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

export async function reportDocument(input: ReportDocumentInput, t: Texts): Promise<Buffer> {
  const { report } = input;
  const labels = input.periods.map(({ period }) => t.trends.axisLabel(period));
  const landscape = input.periods.length > PORTRAIT_PERIODS;
  const textWidth = (landscape ? A4.height : A4.width) - 2 * MARGIN;
  /** A row per area, område or händelsetyp: its count in each period, the total and the direction. */
  const seriesTable = (
    first: string,
    rows: { label: string; counts: number[]; total: number; direction: Direction }[],
  ) =>
    table(
      [first, ...labels, t.document.total, t.document.trend],
      rows.map((row) => [row.label, ...row.counts.map(String), String(row.total), t.document.direction[row.direction]]),
      textWidth,
      true,
    );
  const body: (Paragraph | Table)[] = [
    heading(input.title, HeadingLevel.TITLE),
    text(input.groupName),
    text(
      t.document.covers(
        input.from,
        input.to,
        input.periods.map(({ period }) => t.periodLabel(period)),
      ),
    ),
    text(t.document.generated(input.generatedAt)),
    text(t.document.privacy),
    new Paragraph({ children: [new PageBreak()] }),

    heading(t.document.participation, HeadingLevel.HEADING_1),
    table(
      [t.document.period, t.document.answered, t.document.observations],
      input.periods.map(({ period, picture }) => [
        t.periodLabel(period),
        `${picture.participation.answered} / ${picture.participation.total}`,
        String(picture.totalObservations),
      ]),
      textWidth,
    ),

    heading(t.longReport.areas, HeadingLevel.HEADING_1),
    chart(
      lineChartImage(labels, report.areas),
      t.trends.linesTitle,
      report.areas.map((area) => `${area.label}: ${area.counts.join(', ')}`).join('; '),
    ),
    seriesTable(t.report.fieldLabels.area, report.areas),
    heading(t.longReport.omraden, HeadingLevel.HEADING_1),
  ];
  const bars = (title: string, rows: { label: string; total: number }[]) => {
    const top = rows.slice(0, CHART_TOP).map((row) => ({ label: row.label, value: row.total }));
    return chart(barChartImage(top), title, top.map((row) => `${row.label}: ${row.value}`).join('; '));
  };
  const omraden = report.omraden.map((row) => ({ ...row, label: row.omrade }));
  if (omraden.length > 0) body.push(bars(t.trends.omradenTitle, omraden));
  body.push(seriesTable(t.report.fieldLabels.omrade, omraden));
  if (report.eventTypes.length > 0) {
    body.push(
      heading(t.longReport.eventTypes, HeadingLevel.HEADING_1),
      bars(t.trends.eventTypesTitle, report.eventTypes),
      seriesTable(t.report.fieldLabels.handelsetyp, report.eventTypes),
    );
  }
  if (report.police) {
    body.push(heading(t.police.heading(report.police.locations), HeadingLevel.HEADING_1));
    if (report.police.types.length === 0) body.push(text(t.police.none));
    else {
      body.push(
        table(
          [t.document.policeType, ...labels, t.document.total],
          [
            ...report.police.types.map((row) => [row.type, ...row.counts.map(String), String(row.total)]),
            [
              t.document.total,
              ...report.police.totals.map(String),
              String(report.police.totals.reduce((sum, each) => sum + each, 0)),
            ],
          ],
          textWidth,
        ),
      );
    }
    body.push(text(t.police.note));
  }
  body.push(heading(t.longReport.recurring, HeadingLevel.HEADING_1));
  if (report.recurringHotSpots.length === 0) body.push(text(t.longReport.noRecurring));
  for (const spot of report.recurringHotSpots) {
    body.push(
      bullet(
        t.document.recurring(
          whereOf(spot.omrade, spot.place),
          spot.periods,
          spot.organisations.map((name) => organisationName(t, name)),
        ),
      ),
    );
  }
  body.push(heading(t.insatser.effectHeading, HeadingLevel.HEADING_1));
  if (report.insatser.length === 0) body.push(text(t.document.noInsatser));
  for (const line of report.insatser) {
    const name = t.insatser.name(line.number, line.what, whereOf(line.omrade, line.place));
    body.push(bullet(`${name}. ${line.effect ? t.insatser.effect(line.effect) : ''}`.trim()));
  }

  body.push(heading(t.document.observationsHeading, HeadingLevel.HEADING_1));
  for (const { period, picture } of input.periods) {
    body.push(heading(t.periodLabel(period), HeadingLevel.HEADING_2));
    for (const spot of picture.hotSpots) {
      const where = whereOf(spot.omrade, spot.place);
      body.push(
        bullet(
          `${t.picture.hotSpots}: ${t.picture.hotSpot(
            where,
            spot.organisations.map((name) => organisationName(t, name)),
            spot.recurring,
          )}`,
        ),
      );
    }
    const areas = picture.areas.filter((area) => area.count > 0);
    if (areas.length === 0) body.push(text(t.document.noObservations));
    for (const area of areas) {
      body.push(heading(area.label, HeadingLevel.HEADING_3));
      for (const place of area.places) {
        body.push(
          new Paragraph({
            children: [new TextRun({ text: whereOf(place.omrade, place.place), bold: true })],
          }),
        );
        for (const observation of place.observations) {
          const when = whenOf(t, observation, (iso) => iso);
          body.push(
            bullet(
              t.picture.observationLine(
                (observation.eventType ? `${observation.eventType}: ` : '') +
                  observation.description.replace(/\s+/g, ' '),
                t.choices.assessment[observation.assessment].toLowerCase(),
                when,
                observation.organisation ? organisationName(t, observation.organisation) : '',
                observation.policeReported === 'ja',
              ),
            ),
          );
        }
      }
    }
  }

  body.push(heading(t.document.pledgesHeading, HeadingLevel.HEADING_1));
  if (input.pledges.length === 0) body.push(text(t.pledges.none));
  for (const result of input.pledges) {
    body.push(heading(result.pledge.title, HeadingLevel.HEADING_2), text(t.pledges.counts(result.counts)));
    for (const area of result.focusAreas) {
      body.push(heading(area.focusArea.name, HeadingLevel.HEADING_3));
      for (const { activity } of area.activities) {
        const status = t.pledges.status[effectiveStatus(activity, input.today)];
        body.push(
          bullet(
            t.pledges.activityLine(
              activity.description,
              t.pledges.owner(activity.ownerParty),
              activity.due,
              status,
              activity.target,
            ),
          ),
        );
      }
    }
  }
  const document = new Document({
    creator: 'Lägesbild-boten',
    title: input.title,
    description: t.document.privacy,
    sections: [
      {
        properties: {
          page: {
            size: {
              ...A4,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
