/**
 * The Teams app package: the manifest template with its `${{NAME}}` placeholders filled from the
 * environment (the same convention as the Microsoft 365 Agents Toolkit), checked against the
 * official JSON schema that `@microsoft/app-manifest` ships (no download; validated with ajv the way
 * that package does, draft-04 with formats, without loading its ESM-only helpers), and the icons
 * checked for what Teams requires. Used by `npm run package` and by the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { z } from 'zod/v4';
import { ROOT } from './dev-stack';

export const APP_PACKAGE_DIR = join(ROOT, 'appPackage');
export const PACKAGE_FILES = ['manifest.json', 'en.json', 'color.png', 'outline.png'] as const;

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'ska vara ett GUID');
const httpsUrl = z.url({ protocol: /^https$/, error: 'ska vara en https-adress' });

/** What the placeholders are filled with; every one is required. */
export const placeholderSchema = z.object({
  TEAMS_APP_ID: guid,
  BOT_ID: guid,
  /** The App Service's host name (the bicep's output): the tab's pages and the SSO resource are on it. */
  BOT_DOMAIN: z
    .string()
    .regex(
      /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i,
      'ska vara ett värdnamn, som lagesbild.azurewebsites.net',
    ),
  /** The tab's Entra app registration (m365agents.yml's aadApp/create). */
  AAD_APP_CLIENT_ID: guid,
  APP_PUBLISHER_NAME: z.string().trim().min(1, 'saknas').max(32, 'högst 32 tecken'),
  APP_WEBSITE_URL: httpsUrl,
  APP_PRIVACY_URL: httpsUrl,
  APP_TERMS_URL: httpsUrl,
});
export type Placeholders = z.infer<typeof placeholderSchema>;

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Apppaketet kunde inte byggas:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

/** The placeholders from an environment, or every problem at once (in Swedish). */
export function placeholdersFrom(env: Record<string, string | undefined>): Placeholders {
  const present = Object.fromEntries(
    Object.keys(placeholderSchema.shape).map((key) => [key, env[key]?.trim() ? env[key]?.trim() : undefined]),
  );
  const parsed = placeholderSchema.safeParse(present);
  if (!parsed.success) {
    throw new PackageError([
      ...parsed.error.issues.map(
        (issue) =>
          `${String(issue.path[0])}: ${present[String(issue.path[0])] === undefined ? 'saknas' : issue.message}`,
      ),
      'Fyll i env/.env.<miljö> (README: Driftsättning) eller sätt variablerna i miljön.',
    ]);
  }
  return parsed.data;
}

/** Fills `${{NAME}}` placeholders; a placeholder without a value is an error, never left in. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  const missing = new Set<string>();
  const filled = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_match, name: string) => {
    if (values[name] === undefined) missing.add(name);
    return JSON.stringify(values[name] ?? '').slice(1, -1);
  });
  if (missing.size > 0) throw new PackageError([...missing].map((name) => `${name}: saknas`));
  return filled;
}

function schemaFile(schemaUrl: unknown, fileName: string): string {
  const version = /\/teams\/(v[\d.]+|vDevPreview)\//.exec(typeof schemaUrl === 'string' ? schemaUrl : '')?.[1];
  if (!version) throw new PackageError([`$schema "${JSON.stringify(schemaUrl)}" är ingen Teams-schemaadress`]);
  return join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', version, fileName);
}

function validate(document: Record<string, unknown>, schemaPath: string, label: string): string[] {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  if (check(document)) return [];
  return (check.errors ?? []).map(
    (error) => `${label} ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

/** Problems of the manifest and its localization files against the official schemas of their version. */
export function schemaProblems(manifest: Record<string, unknown>, localizations: Record<string, unknown>[]): string[] {
  return [
    ...validate(manifest, schemaFile(manifest.$schema, 'MicrosoftTeams.schema.json'), 'manifest.json'),
    ...localizations.flatMap((localization) =>
      validate(
        localization,
        schemaFile(localization.$schema, 'MicrosoftTeams.Localization.schema.json'),
        'localization',
      ),
    ),
  ];
}

/** Teams wants a 192×192 colour icon and a 32×32 outline icon that is white on transparent. */
export function iconProblems(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const colorPng = PNG.sync.read(color);
  if (colorPng.width !== 192 || colorPng.height !== 192)
    problems.push(`color.png är ${colorPng.width}×${colorPng.height}, ska vara 192×192`);
  const outlinePng = PNG.sync.read(outline);
  if (outlinePng.width !== 32 || outlinePng.height !== 32)
    problems.push(`outline.png är ${outlinePng.width}×${outlinePng.height}, ska vara 32×32`);
  let opaque = 0;
  let coloured = 0;
  for (let i = 0; i < outlinePng.data.length; i += 4) {
    const [r, g, b, a] = outlinePng.data.subarray(i, i + 4);
    if (a === 0) continue;
    opaque += 1;
    if (r !== 255 || g !== 255 || b !== 255) coloured += 1;
  }
  if (coloured > 0)
    problems.push(`outline.png ska vara vit på genomskinlig bakgrund (${coloured} pixlar har annan färg)`);
  if (opaque === 0) problems.push('outline.png är helt genomskinlig');
  if (opaque === outlinePng.width * outlinePng.height) problems.push('outline.png saknar genomskinlig bakgrund');
  return problems;
}

export interface BuiltPackage {
  manifest: Record<string, unknown>;
  files: Record<(typeof PACKAGE_FILES)[number], Buffer>;
}

/** Fills, validates and collects the package's files; throws `PackageError` listing every problem. */
export function buildAppPackage(placeholders: Placeholders, directory = APP_PACKAGE_DIR): BuiltPackage {
  const values = placeholders as unknown as Record<string, string>;
  const manifestText = fillPlaceholders(readFileSync(join(directory, 'manifest.json'), 'utf8'), values);
  const localizationText = fillPlaceholders(readFileSync(join(directory, 'en.json'), 'utf8'), values);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const color = readFileSync(join(directory, 'color.png'));
  const outline = readFileSync(join(directory, 'outline.png'));
  const problems = [
    ...schemaProblems(manifest, [JSON.parse(localizationText) as Record<string, unknown>]),
    ...iconProblems(color, outline),
  ];
  if (problems.length > 0) throw new PackageError(problems);
  return {
    manifest,
    files: {
      'manifest.json': Buffer.from(manifestText),
      'en.json': Buffer.from(localizationText),
      'color.png': color,
      'outline.png': outline,
    },
  };
}
