import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/dev-stack';
import { COMMANDS } from '../../src/bot/commands';
import { textsFor } from '../../src/i18n';

/**
 * The README's command tables are what a kommun reads before it installs the bot: every command in
 * them must be one the bot understands and one the Teams command menu (the manifest) offers.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## What the bot does'),
  readme.indexOf('\n## ', readme.indexOf('## What the bot does') + 1),
);

/** The commands of the tables' first column, one row each: `rapportera` (`report`) gives both. */
const rowsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => [...line.split('|')[1].matchAll(/`([^`]+)`/g)].map((match) => match[1]).join(' / '));

/** Teams' command menu holds at most twelve commands: the table after this marker is typed only. */
const TYPED_ONLY = '<!-- typed only: not in the command menu -->';
const documented = rowsOf(section.split(TYPED_ONLY)[0]);
const typedOnly = rowsOf(section.split(TYPED_ONLY)[1] ?? '');

/** A command of the table as a README row names it: "rapportera / report", "status". */
const rowOf = (name: (typeof COMMANDS)[number]['name']) =>
  [...new Set([textsFor('sv').commands.byName[name].title, textsFor('en').commands.byName[name].title])].join(' / ');
const inAMenu = COMMANDS.filter((command) => command.menu.length > 0).map((command) => rowOf(command.name));
const notInAMenu = COMMANDS.filter((command) => command.menu.length === 0).map((command) => rowOf(command.name));

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

  test('when its command tables are read, then they list every command of the command table, in Swedish and English, where the menus offer it', () => {
    expect([...new Set(documented)].sort()).toEqual([...inAMenu].sort());
    expect([...typedOnly].sort()).toEqual([...notInAMenu].sort());
  });
});
