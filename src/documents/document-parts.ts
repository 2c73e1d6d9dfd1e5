import {
  AlignmentType,
  Footer,
  Header,
  type HeadingLevel,
  ImageRun,
  PageNumber,
  PageOrientation,
  SectionType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ChartImage } from './chart-images';

/**
 * The pieces the report document is made of: Word's own heading styles (so a kommun can restyle
 * it), tables and charts that fit the text area of their page, and the sections' page setup with
 * the header and the page-numbered footer.
 */

/** A4, in twentieths of a point (the kommuner print on A4). */
const A4 = { width: 11906, height: 16838 };
/** The page's margins (docx's default: one inch), in twips. */
const MARGIN = 1440;
/** Table text in half-points: 9 pt, so that a year's periods fit across a landscape page. */
const TABLE_TEXT_SIZE = 18;

export type Orientation = 'portrait' | 'landscape';

/** The width of the text between the margins, in twips. */
export const textWidth = (orientation: Orientation): number =>
  (orientation === 'landscape' ? A4.height : A4.width) - 2 * MARGIN;

/** The same in the pixels images are sized in (96 to the inch, 15 twips each). */
export const textWidthPixels = (orientation: Orientation): number => Math.floor(textWidth(orientation) / 15);

export type HeadingKind = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/** A heading of Word's own styles, kept on the page of what follows it. */
export const heading = (text: string, level: HeadingKind) => new Paragraph({ text, heading: level, keepNext: true });
export const text = (value: string) => new Paragraph({ children: [new TextRun(value)] });
export const bullet = (value: string) => new Paragraph({ text: value, bullet: { level: 0 } });
/** Text in a size of its own (half-points), not a heading: the cover's lines stay out of the contents. */
export const large = (value: string, size: number, bold = false) =>
  new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: value, size, bold })] });

/** A chart image in a paragraph of its own; `description` is its alt text (what a screen reader says). */
export function chart(image: ChartImage, title: string, description: string): Paragraph {
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
export function table(header: string[], rows: string[][], width: number, wordsLast = false): Table {
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
      cantSplit: true,
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

/** What every page after the cover shows: the report's title and span on top, "Sida 3 av 12" below. */
export interface RunningHead {
  title: string;
  span: string;
  page: string;
  pageOf: string;
}

/**
 * A section of the document: its page (A4, portrait or landscape), and the header and footer. It
 * starts a new page only where `newPage` says so or the orientation changes.
 */
export function section(
  orientation: Orientation,
  children: ISectionOptions['children'],
  head?: RunningHead,
  newPage = true,
): ISectionOptions {
  const small = (value: string) => new TextRun({ text: value, size: 16, color: '595959' });
  return {
    properties: {
      ...(newPage ? {} : { type: SectionType.CONTINUOUS }),
      page: {
        size: {
          ...A4,
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    ...(head
      ? {
          headers: {
            default: new Header({
              children: [
                new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(`${head.title} · ${head.span}`)] }),
              ],
            }),
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [
                    new TextRun({
                      size: 16,
                      color: '595959',
                      children: [`${head.page} `, PageNumber.CURRENT, ` ${head.pageOf} `, PageNumber.TOTAL_PAGES],
                    }),
                  ],
                }),
              ],
            }),
          },
        }
      : {}),
    children,
  };
}
