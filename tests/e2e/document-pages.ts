import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RESULTS } from './playground';

/**
 * A .docx checked as a reader would: LibreOffice (headless, from Debian's packages) prints it to
 * PDF as Word would, poppler renders every page to PNG for a person to look at, and reads every
 * word's box on its page.
 */
export interface PrintedDocument {
  pdf: string;
  pages: string[];
  /** Words whose box is not wholly on its page (none in a document that fits). */
  outside: { page: number; word: string }[];
}

export function printDocument(docx: string): PrintedDocument {
  const folder = join(RESULTS, 'docx');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const office = spawnSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf'].concat([
      '--outdir',
      folder,
      docx,
    ]),
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (office.status !== 0) throw new Error(`soffice failed: ${office.stderr}`);
  const pdf = join(folder, basename(docx).replace(/\.docx$/, '.pdf'));
  const raster = spawnSync('pdftoppm', ['-png', '-r', '50', pdf, join(folder, 'page')]);
  if (raster.status !== 0) throw new Error(`pdftoppm failed: ${String(raster.stderr)}`);
  const boxes = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (boxes.status !== 0) throw new Error(`pdftotext failed: ${boxes.stderr}`);
  return {
    pdf,
    pages: readdirSync(folder)
      .filter((name) => /^page-\d+\.png$/.test(name))
      .sort(),
    outside: wordsOutside(boxes.stdout),
  };
}

/** Every word of `pdftotext -bbox`'s pages whose box reaches past its page's edges. */
function wordsOutside(html: string): { page: number; word: string }[] {
  const outside: { page: number; word: string }[] = [];
  const pages = html.split('<page ').slice(1);
  pages.forEach((page, index) => {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
    for (const match of page.matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    )) {
      const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number);
      if (xMin < 0 || yMin < 0 || xMax > width || yMax > height) outside.push({ page: index + 1, word: match[5] });
    }
  });
  return outside;
}

/**
 * Every image of a document.xml wider than the text area of its section (the page's width less
 * its margins): images are in EMU, the page in twips (1 twip = 635 EMU).
 */
export function imagesWiderThanText(documentXml: string): { image: number; width: number; textWidth: number }[] {
  const wider: { image: number; width: number; textWidth: number }[] = [];
  let waiting: number[] = [];
  let image = 0;
  for (const match of documentXml.matchAll(/<wp:extent cx="(\d+)"|<w:sectPr[\s\S]*?<\/w:sectPr>/g)) {
    if (match[1] !== undefined) {
      waiting.push(Number(match[1]));
      continue;
    }
    const section = match[0];
    const page = Number(/<w:pgSz[^>]*w:w="(\d+)"/.exec(section)?.[1]);
    const left = Number(/<w:pgMar[^>]*w:left="(\d+)"/.exec(section)?.[1]);
    const right = Number(/<w:pgMar[^>]*w:right="(\d+)"/.exec(section)?.[1]);
    const textWidth = (page - left - right) * 635;
    for (const width of waiting) {
      image += 1;
      if (width > textWidth) wider.push({ image, width, textWidth });
    }
    waiting = [];
  }
  return wider;
}

/** The number of pages LibreOffice printed, from the PDF itself. */
export function pageCount(pdf: string): number {
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
