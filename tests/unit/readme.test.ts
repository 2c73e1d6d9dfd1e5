import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/dev-stack';
import { UNDERSTOOD_COMMANDS } from '../../src/bot/app';

/**
 * The README's command tables are what a kommun reads before it installs the bot: every command in
 * them must be one the bot understands and one the Teams command menu (the manifest) offers.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## What the bot does'),
  readme.indexOf('\n## ', readme.indexOf('## What the bot does') + 1),
);

/** The commands of the tables' first column: `rapportera` (`report`) gives both. */
const commandsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([^`]+)`/g)].map((match) => match[1]));

/** Teams' command menu holds at most twelve commands: the table after this marker is typed only. */
const TYPED_ONLY = '<!-- typed only: not in the command menu -->';
const documented = commandsOf(section.split(TYPED_ONLY)[0]);
const typedOnly = commandsOf(section.split(TYPED_ONLY)[1] ?? '');

const manifest = JSON.parse(readFileSync(join(ROOT, 'appPackage', 'manifest.json'), 'utf8'));
const english = JSON.parse(readFileSync(join(ROOT, 'appPackage', 'en.json'), 'utf8')) as Record<string, string>;
const inMenu = new Set<string>([
  ...(manifest.bots[0].commandLists as { commands: { title: string }[] }[]).flatMap((list) =>
    list.commands.map((command) => command.title),
  ),
  ...Object.entries(english)
    .filter(([key]) => /^bots\[0\]\.commandLists\[\d+\]\.commands\[\d+\]\.title$/.test(key))
    .map(([, title]) => title),
]);

/** The source files that import the Bot Framework SDK or Teams AI, found in the code. */
function sdkFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...sdkFiles(path));
    else if (
      entry.name.endsWith('.ts') &&
      /from '(botbuilder|botbuilder-[a-z-]+|botframework-[a-z-]+|@microsoft\/teams-ai)(\/[^']*)?'/.test(
        readFileSync(join(ROOT, path), 'utf8'),
      )
    )
      found.push(path);
  }
  return found.sort();
}

describe('the README', () => {
  test('when it lists the files a move to the Teams SDK would touch, then they are exactly those that import the SDKs, all in bot/ and messaging/', () => {
    const listed = readme
      .slice(readme.indexOf('<!-- sdk files -->'), readme.indexOf('<!-- /sdk files -->'))
      .split('\n')
      .flatMap((line) => /^\s*- `([^`]+)`/.exec(line)?.[1] ?? [])
      .sort();
    const inCode = sdkFiles('src');
    expect(inCode.length).toBeGreaterThan(5);
    expect(listed).toEqual(inCode);
    for (const file of inCode) expect(file).toMatch(/^src\/(bot|messaging)\//);
  });

  test('when its command tables are read, then they list the commands (at least the twelve of the 1:1 chat and two of the channel)', () => {
    expect(documented.length).toBeGreaterThanOrEqual(2 * 12 + 2);
  });

  test.each(documented)(
    'when the README lists `%s`, then the bot understands it and the command menu offers it',
    (command) => {
      expect(UNDERSTOOD_COMMANDS.some((pattern) => pattern.test(command))).toBe(true);
      expect(inMenu.has(command)).toBe(true);
    },
  );

  test.each(typedOnly)('when the README lists `%s` as typed only, then the bot understands it', (command) => {
    expect(UNDERSTOOD_COMMANDS.some((pattern) => pattern.test(command))).toBe(true);
  });

  test('when the command menu offers a command, then the README lists it', () => {
    expect([...inMenu].filter((command) => !documented.includes(command))).toEqual([]);
  });
});
