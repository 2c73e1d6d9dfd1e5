import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import {
  APP_PACKAGE_DIR,
  buildAppPackage,
  fillPlaceholders,
  iconProblems,
  type PackageError,
  placeholdersFrom,
  schemaProblems,
} from '../../scripts/app-package';
import { ROOT } from '../../scripts/dev-stack';
import { COMMANDS, commandMenu } from '../../src/bot/commands';
import { textsFor } from '../../src/i18n';

const VALUES = {
  TEAMS_APP_ID: '6f0d1c1e-1111-4c1e-8f0d-1c1e6f0d1c1e',
  BOT_ID: '6f0d1c1e-2222-4c1e-8f0d-1c1e6f0d1c1e',
  BOT_DOMAIN: 'lagesbild-fagersta.azurewebsites.net',
  AAD_APP_CLIENT_ID: '6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e',
  APP_PUBLISHER_NAME: 'Fagersta kommun',
  APP_WEBSITE_URL: 'https://www.fagersta.se',
  APP_PRIVACY_URL: 'https://www.fagersta.se/personuppgifter',
  APP_TERMS_URL: 'https://www.fagersta.se/villkor',
};

const template = () => JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')) as Record<string, any>;
const localization = () => JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'en.json'), 'utf8')) as Record<string, string>;

describe('the Teams app package', () => {
  test('when the manifest is filled in, then it and its English localization pass the official JSON schema of their version', async () => {
    const built = buildAppPackage(placeholdersFrom(VALUES));
    expect(built.manifest).toMatchObject({
      manifestVersion: '1.30',
      version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
      id: VALUES.TEAMS_APP_ID,
      name: { short: 'Lägesbild' },
      localizationInfo: {
        defaultLanguageTag: 'sv-SE',
        additionalLanguages: [{ languageTag: 'en-US', file: 'en.json' }],
      },
      bots: [{ botId: VALUES.BOT_ID, scopes: ['personal', 'team', 'groupChat'] }],
    });
    expect(String(built.files['manifest.json'])).not.toContain('${{');
    // Files sent to the bot (medborgarlöften to import), and the message action on any message.
    expect(built.manifest).toMatchObject({ bots: [{ supportsFiles: true }] });
    expect(built.manifest.composeExtensions).toEqual([
      {
        botId: VALUES.BOT_ID,
        commands: [
          expect.objectContaining({ id: 'addToLagesbild', type: 'action', context: ['message'], fetchTask: true }),
        ],
      },
    ]);
    // The Lägesbild tab: personal, and configurable in a channel (the EST team's or the council's).
    expect(built.manifest).toMatchObject({
      staticTabs: [{ contentUrl: `https://${VALUES.BOT_DOMAIN}/tab?view=team`, scopes: ['personal'] }],
      configurableTabs: [{ configurationUrl: `https://${VALUES.BOT_DOMAIN}/tab/config`, context: ['channelTab'] }],
      validDomains: [VALUES.BOT_DOMAIN],
      webApplicationInfo: {
        id: VALUES.AAD_APP_CLIENT_ID,
        resource: `api://${VALUES.BOT_DOMAIN}/${VALUES.AAD_APP_CLIENT_ID}`,
      },
    });
  });

  test('when the manifest breaks the schema, then the validation names the problem (it is not a rubber stamp)', async () => {
    const manifest = JSON.parse(fillPlaceholders(JSON.stringify(template()), VALUES));
    manifest.bots[0].scopes = ['personal', 'everyone'];
    delete manifest.developer;
    const problems = schemaProblems(manifest, [{ ...localization(), 'name.short': 'x'.repeat(31) }]);
    expect(problems.join('\n')).toMatch(/developer/);
    expect(problems.join('\n')).toMatch(/scopes/);
    expect(problems.join('\n')).toMatch(/localization .*name\.short/);
  });

  test('when the icons are checked, then ours pass and a wrong size or a coloured outline is named', () => {
    const color = readFileSync(join(APP_PACKAGE_DIR, 'color.png'));
    const outline = readFileSync(join(APP_PACKAGE_DIR, 'outline.png'));
    expect(iconProblems(color, outline)).toEqual([]);
    const png = (size: number, rgba: [number, number, number, number]) => {
      const image = new PNG({ width: size, height: size });
      for (let i = 0; i < image.data.length; i += 4) image.data.set(rgba, i);
      return PNG.sync.write(image);
    };
    expect(iconProblems(png(100, [0, 91, 153, 255]), png(32, [0, 91, 153, 255]))).toEqual([
      'color.png är 100×100, ska vara 192×192',
      'outline.png ska vara vit på genomskinlig bakgrund (1024 pixlar har annan färg)',
      'outline.png saknar genomskinlig bakgrund',
    ]);
  });

  test('when the manifest’s command menus are read, in Swedish and English, then they are the command table’s menus', () => {
    const lists = template().bots[0].commandLists as { scopes: string[]; commands: unknown[] }[];
    const english = localization();
    const scopes = ['personal', 'team', 'groupChat'] as const;
    expect(lists.map((list) => list.scopes)).toEqual(scopes.map((scope) => [scope]));
    lists.forEach((list, l) => {
      expect([scopes[l], list.commands]).toEqual([scopes[l], commandMenu(scopes[l], textsFor('sv'))]);
      const translated = list.commands.map((_, c) => ({
        title: english[`bots[0].commandLists[${l}].commands[${c}].title`],
        description: english[`bots[0].commandLists[${l}].commands[${c}].description`],
      }));
      expect([scopes[l], translated]).toEqual([scopes[l], commandMenu(scopes[l], textsFor('en'))]);
    });
    const keys = Object.keys(english).filter((key) => key.startsWith('bots['));
    expect(keys).toHaveLength(lists.reduce((sum, list) => sum + list.commands.length * 2, 0));
  });

  test('when a command of a menu is sent, in Swedish or English, then the command it stands for answers it', () => {
    for (const command of COMMANDS.filter((candidate) => candidate.menu.length > 0)) {
      for (const language of ['sv', 'en'] as const) {
        const { title } = textsFor(language).commands.byName[command.name];
        expect([title, COMMANDS.find((candidate) => candidate.pattern.test(title))?.name]).toEqual([
          title,
          command.name,
        ]);
      }
    }
  });

  test('when placeholders are missing or malformed, then every problem is listed in Swedish', () => {
    const error = (() => {
      try {
        placeholdersFrom({
          ...VALUES,
          BOT_ID: 'not-a-guid',
          APP_TERMS_URL: 'http://www.fagersta.se',
          TEAMS_APP_ID: '',
        });
      } catch (caught) {
        return caught as PackageError;
      }
    })();
    expect(error?.problems.slice(0, 3)).toEqual([
      'TEAMS_APP_ID: saknas',
      'BOT_ID: ska vara ett GUID',
      'APP_TERMS_URL: ska vara en https-adress',
    ]);
  });

  describe('npm run package', () => {
    let directory: string;
    beforeEach(() => {
      directory = mkdtempSync(join(tmpdir(), 'app-package-'));
    });
    afterEach(() => rmSync(directory, { recursive: true, force: true }));
    const run = (env: Record<string, string>, out: string) =>
      spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'package.js'), '--env', 'test-none', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...env },
        timeout: 30_000,
      });

    test('when the values are given, then the zip holds the filled manifest, its localization and both icons', () => {
      const out = join(directory, 'appPackage.zip');
      const result = run(VALUES, out);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const zip = new AdmZip(out);
      expect(
        zip
          .getEntries()
          .map((entry) => entry.entryName)
          .sort(),
      ).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
      const manifest = JSON.parse(zip.readAsText('manifest.json'));
      expect(manifest.bots[0].botId).toBe(VALUES.BOT_ID);
      expect(manifest.developer.name).toBe('Fagersta kommun');
    });

    test('when a value is missing, then it says which, exits non-zero and writes nothing', () => {
      const out = join(directory, 'appPackage.zip');
      const { BOT_ID: _omitted, ...rest } = VALUES;
      const result = run(rest, out);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('BOT_ID: saknas');
      expect(existsSync(out)).toBe(false);
    });
  });
});
