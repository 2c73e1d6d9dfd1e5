/**
 * `npm run pledges:import -- --group <team id or name> <file.json|file.csv>`
 * Imports a whole medborgarlöfte. Every invalid row is reported with its line and reason, and
 * nothing is imported from a file with errors.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { composeService } from '../src/compose';
import { ConfigError, loadConfig, loadDotEnvIfPresent } from '../src/config/load-config';
import { systemClock } from '../src/domain/clock';
import { parsePledgeCsv, parsePledgeJson } from '../src/domain/pledge-document';
import { createLogger } from '../src/logger';
import { PledgeService } from '../src/services/pledge-service';

const USAGE = 'Användning: npm run pledges:import -- --group <team-id eller gruppnamn> <fil.json|fil.csv>';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

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
  const format = extname(file).toLowerCase();
  if (format !== '.json' && format !== '.csv') fail(`Filen ska sluta på .json eller .csv.\n${USAGE}`, 2);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    fail(`Kan inte läsa filen ${file}.`);
  }
  const document = format === '.json' ? parsePledgeJson(source) : parsePledgeCsv(source);
  if (!document.ok) {
    fail(
      [
        'Inget importerades. Rätta felen och försök igen:',
        ...document.problems.map((problem) => `  ${problem.where}: ${problem.message}`),
      ].join('\n'),
    );
  }

  loadDotEnvIfPresent();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const service = await composeService(config, createLogger('warn'));
  const groups = await service.repositories.groups.list();
  const group =
    groups.find((candidate) => candidate.id === groupArgument) ??
    groups.find((candidate) => candidate.name.toLowerCase() === groupArgument.toLowerCase());
  if (!group) fail(`Hittar ingen EST-grupp med id eller namn "${groupArgument}".`);
  const result = await new PledgeService(service.repositories, systemClock).importDocument(group, document.document);
  if (!result.ok) {
    fail(
      [
        'Inget importerades. Rätta felen och försök igen:',
        ...result.problems.map((problem) => `  ${problem.where}: ${problem.message}`),
      ].join('\n'),
    );
  }
  const { pledge } = result;
  process.stdout.write(
    `Importerade "${pledge.title}" till ${group.name}: ${pledge.focusAreas.length} fokusområden, ${pledge.activities.length} aktiviteter.\n`,
  );
}

main().catch((error: unknown) =>
  fail(`Importen misslyckades: ${error instanceof Error ? error.message : String(error)}`),
);
