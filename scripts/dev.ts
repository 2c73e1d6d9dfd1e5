/**
 * `npm run dev`: Azurite (data kept in .data/), the bot and the Agents Playground, with no
 * configuration. Ctrl-C stops all three.
 */
import { join } from 'node:path';
import { composeService } from '../src/compose';
import { loadConfig } from '../src/config/load-config';
import { createLogger } from '../src/logger';
import { seedDemo } from './demo-data';
import { ROOT, startStack } from './dev-stack';

/** `--demo`: the Playground's team is a demo EST group with half a year of history. */
const DEMO = process.argv.includes('--demo');

async function main(): Promise<void> {
  const stack = await startStack({
    azurite: {
      table: Number(process.env.AZURITE_TABLE_PORT ?? 10002),
      blob: Number(process.env.AZURITE_BLOB_PORT ?? 10000),
    },
    botPort: Number(process.env.PORT ?? 3978),
    playgroundPort: Number(process.env.PLAYGROUND_PORT ?? 56150),
    // The demo keeps its own data, so that plain `npm run dev` never shows it.
    dataDir: join(ROOT, '.data', DEMO ? 'azurite-demo' : 'azurite'),
    botEnv: {
      // The Playground always says en-US; Swedish users' Teams says sv-SE. Override with LOCALE_OVERRIDE=en.
      LOCALE_OVERRIDE: process.env.LOCALE_OVERRIDE ?? 'sv',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      // The Playground's team is no kommun: the police's events are off unless asked for.
      POLICE_EVENTS_ENABLED: process.env.POLICE_EVENTS_ENABLED ?? 'false',
      // No map tiles from outside this machine: the tab's map has a plain background.
      MAP_TILE_URL: process.env.MAP_TILE_URL ?? 'none',
    },
  });
  if (DEMO) {
    const service = await composeService(
      loadConfig({ STORAGE_CONNECTION_STRING: stack.connectionString, LOCALE_OVERRIDE: 'sv' }),
      createLogger('warn'),
    );
    const demo = await seedDemo(service, new Date());
    process.stdout.write(
      demo.created
        ? `\n  Demogruppen är skapad: ${demo.reports} rapporter med ${demo.observations} observationer över 26 perioder (DEMODATA).\n`
        : '\n  Demogruppen finns redan (.data/azurite-demo); den lämnas som den är.\n',
    );
  }
  process.stdout.write(
    `\n  Lägesbild-boten körs. Öppna ${stack.playgroundUrl} i webbläsaren.\n` +
      `  Fliken Lägesbild (karta, trender, insatser): ${stack.botUrl}/tab\n` +
      `  (Bot: ${stack.botUrl}/api/messages · Azurite-data: .data/azurite · Ctrl-C stoppar allt)\n\n`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stack.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run dev misslyckades: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
