/**
 * `npm run deploy:bundle`: the folder `.deploy/` with exactly what runs in Azure — the compiled
 * service (dist/src, with its card templates), the tab's bundle (dist/web) and its production dependencies — for the Agents
 * Toolkit's zipDeploy or `az webapp deploy`. Dev tools (Azurite, Playground, jest) stay out.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dev-stack';

const target = join(ROOT, '.deploy');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(join(ROOT, 'dist', 'src'), join(target, 'dist', 'src'), { recursive: true });
// The tab's browser bundle (built from src/web; its libraries are inside it, not installed).
cpSync(join(ROOT, 'dist', 'web'), join(target, 'dist', 'web'), { recursive: true });

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
const { name, version, engines, allowScripts, dependencies } = manifest;
// The same start command (and Node flags) as here and as infra/azure.bicep's.
const start = (manifest.scripts as { start: string }).start;
writeFileSync(
  join(target, 'package.json'),
  `${JSON.stringify({ name, version, private: true, engines, allowScripts, dependencies, scripts: { start } }, null, 2)}\n`,
);
cpSync(join(ROOT, 'package-lock.json'), join(target, 'package-lock.json'));
execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], { cwd: target, stdio: 'inherit' });
process.stdout.write(`Driftsättningsmappen är klar: ${target}\n`);
