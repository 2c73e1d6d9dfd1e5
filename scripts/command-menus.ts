/**
 * Writes the Teams command menus (`bots[0].commandLists`) of `appPackage/manifest.json` and their
 * English texts in `appPackage/en.json` from the bot's command table, so that the menus offer exactly
 * the commands the bot answers. `npm run manifest:commands`; a unit test fails when they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandMenu } from '../src/bot/commands';
import { textsFor } from '../src/i18n';
import { APP_PACKAGE_DIR } from './app-package';

const SCOPES = ['personal', 'team', 'groupChat'] as const;

function main(): void {
  const manifestPath = join(APP_PACKAGE_DIR, 'manifest.json');
  const englishPath = join(APP_PACKAGE_DIR, 'en.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bots: Record<string, unknown>[] };
  const english = JSON.parse(readFileSync(englishPath, 'utf8')) as Record<string, string>;
  manifest.bots[0].commandLists = SCOPES.map((scope) => ({
    scopes: [scope],
    commands: commandMenu(scope, textsFor('sv')),
  }));
  const translated = Object.fromEntries(
    SCOPES.flatMap((scope, l) =>
      commandMenu(scope, textsFor('en')).flatMap((command, c) => [
        [`bots[0].commandLists[${l}].commands[${c}].title`, command.title],
        [`bots[0].commandLists[${l}].commands[${c}].description`, command.description],
      ]),
    ),
  );
  const others = Object.entries(english).filter(([key]) => !key.startsWith('bots[0].commandLists'));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(
    englishPath,
    `${JSON.stringify(Object.fromEntries([...others, ...Object.entries(translated)]), null, 2)}\n`,
  );
  console.log('Kommandomenyerna i appPackage/ är skrivna från kommandotabellen.');
}

main();
