/**
 * `npm run export -- --group <team id or name> --from 2026-09-01 --to 2026-12-31 --format csv|md|docx [--out file]`
 * Writes the observations of the range (CSV, without who reported them) or the compiled
 * lägesbilder (Markdown) for the kommun's own archive. Reads the same configuration as the service.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runningLines, textsFor } from '../src/i18n';
import { plural } from '../src/i18n/plural';
import { fail, requireGroup, serviceFromEnvironment } from './cli';

const USAGE =
  'Användning: npm run export -- --group <team-id eller gruppnamn> --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --format csv|md|docx [--out fil]';

async function main(): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      options: {
        group: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
      },
    }).values;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const { group: groupArgument, from, to, format } = values;
  if (!groupArgument || !from || !to) fail(USAGE, 2);
  if (format !== 'csv' && format !== 'md' && format !== 'docx')
    fail(`Formatet ska vara csv, md eller docx.\n${USAGE}`, 2);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) {
    fail(`--from och --to ska vara datum (ÅÅÅÅ-MM-DD), --from först.\n${USAGE}`, 2);
  }

  const service = await serviceFromEnvironment();
  const group = await requireGroup(service, groupArgument);
  const t = textsFor(service.config.localeOverride ?? 'sv');
  const { text, rows, running } = await service.deps.exports.export(group, from, to, format, t);
  const slug = group.name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const out = values.out ?? `lagesbild-${slug || 'grupp'}-${from}-${to}.${format}`;
  writeFileSync(out, text);
  process.stdout.write(`Skrev ${plural(rows, 'observation', 'observationer')} (${format}) till ${out}\n`);
  // A period still open for reports is not in the file: said, never a zero.
  for (const line of runningLines(running, t)) process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) =>
  fail(`Exporten misslyckades: ${error instanceof Error ? error.message : String(error)}`),
);
