/**
 * `npm run pledges:import -- --group <team id or name> <file.json|file.csv>`
 * Imports a whole medborgarlöfte. Every invalid row is reported with its line and reason, and
 * nothing is imported from a file with errors.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePledgeFile, pledgeFileFormat, pledgeSourceKey } from '../src/domain/pledge-document';
import type { DocumentProblem } from '../src/domain/pledge-document';
import { documentProblemLine, textsFor } from '../src/i18n';
import { fail, requireGroup, serviceFromEnvironment } from './cli';

const describe = (problem: DocumentProblem) => `  ${documentProblemLine(problem, textsFor('sv'))}`;

const USAGE = 'Användning: npm run pledges:import -- --group <team-id eller gruppnamn> <fil.json|fil.csv>';

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ options: { group: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const groupArgument = parsed.values.group;
  const file = parsed.positionals[0];
  if (!groupArgument || !file || parsed.positionals.length !== 1) fail(USAGE, 2);
  const format = pledgeFileFormat(file);
  if (!format) fail(`Filen ska sluta på .json eller .csv.\n${USAGE}`, 2);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    fail(`Kan inte läsa filen ${file}.`);
  }
  const document = parsePledgeFile(format, source);
  if (!document.ok) {
    fail(['Inget importerades. Rätta felen och försök igen:', ...document.problems.map(describe)].join('\n'));
  }

  const service = await serviceFromEnvironment();
  const group = await requireGroup(service, groupArgument);
  const result = await service.deps.pledges.importDocument(group, document.document, pledgeSourceKey(source));
  if (!result.ok) {
    fail(['Inget importerades. Rätta felen och försök igen:', ...result.problems.map(describe)].join('\n'));
  }
  const { pledge } = result;
  if (result.alreadyImported) {
    process.stdout.write(`"${pledge.title}" är redan importerat till ${group.name} (samma fil); inget ändrades.\n`);
    return;
  }
  process.stdout.write(
    `Importerade "${pledge.title}" till ${group.name}: ${pledge.focusAreas.length} fokusområden, ${pledge.activities.length} aktiviteter.\n`,
  );
}

main().catch((error: unknown) =>
  fail(`Importen misslyckades: ${error instanceof Error ? error.message : String(error)}`),
);
