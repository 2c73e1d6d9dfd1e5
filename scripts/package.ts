/**
 * `npm run package [-- --env dev]`: writes appPackage/build/appPackage.zip, ready to upload in the
 * Teams admin center (Manage apps → Upload) or with the Agents Toolkit. The placeholders come from
 * env/.env.<env> (written by the toolkit's provision, or by hand from the Bicep outputs) and the
 * environment, which wins. Nothing is written when anything is missing or invalid.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import AdmZip from 'adm-zip';
import { APP_PACKAGE_DIR, buildAppPackage, PackageError, placeholdersFrom } from './app-package';
import { ROOT } from './dev-stack';

function main(): void {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' }, out: { type: 'string' } } });
  const envFile = join(ROOT, 'env', `.env.${values.env}`);
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  const out = values.out ?? join(APP_PACKAGE_DIR, 'build', 'appPackage.zip');
  // The environment wins over the file.
  const built = buildAppPackage(placeholdersFrom({ ...fromFile, ...process.env }));
  const zip = new AdmZip();
  for (const [name, content] of Object.entries(built.files)) zip.addFile(name, content);
  mkdirSync(join(out, '..'), { recursive: true });
  zip.writeZip(out);
  process.stdout.write(
    `Apppaketet är skrivet: ${out} (manifest ${String(built.manifest.manifestVersion)}, version ${String(built.manifest.version)})\n`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof PackageError ? error.message : String(error)}\n`);
  process.exit(1);
}
