import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../scripts/dev-stack';
import { VERBS } from '../../src/bot/verbs';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  invokeResult,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const CSV = readFileSync(join(FIXTURES, 'fagersta-2022.csv'), 'utf8');
const JSON_FILE = readFileSync(join(FIXTURES, 'arboga-2023.json'), 'utf8');

/** Stands in for Teams' file host (the sender's OneDrive): serves files by path and counts requests. */
class FileHost {
  readonly files = new Map<string, string>();
  requests = 0;
  private server?: Server;

  get base(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests += 1;
      const body = this.files.get(decodeURIComponent(req.url ?? ''));
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/octet-stream' });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The activity Teams sends when a person sends the bot a file in the 1:1 chat. */
function fileMessage(user: (typeof users)[keyof typeof users], name: string, downloadUrl: string) {
  return {
    ...activities.message(user, ''),
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: `https://contoso.sharepoint.com/personal/user/Documents/Applications/${name}`,
        name,
        content: { downloadUrl, uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C9D', fileType: name.split('.').pop() },
      },
    ],
  };
}

/** The buttons of a preview card, with their data. */
function importButtons(card: Record<string, unknown>) {
  return ((card.actions as Record<string, unknown>[]) ?? []).filter((action) => action.verb === VERBS.pledgeImport);
}

describe('a medborgarlöfte sent as a file in the 1:1 chat', () => {
  const host = new FileHost();
  let bot: BotHarness;

  beforeAll(() => host.start());
  afterAll(() => host.stop());
  beforeEach(async () => {
    host.files.clear();
    host.requests = 0;
    bot = await createBotHarness({ env: { TEAMS_FILE_HOSTS: '127.0.0.1' } });
    await bot.send(activities.teamInstall(users.samordnare));
  });

  const send = async (name: string, body: string | undefined, user = users.samordnare) => {
    if (body !== undefined) host.files.set(`/${name}`, body);
    return bot.send(fileMessage(user, name, `${host.base}/${name}`));
  };
  const pledges = async () => bot.service.repositories.pledges.list(TEAM.id);

  test.each([
    ['fagersta-2022.csv', CSV, 'Inriktning för medborgarlöfte mars–maj 2022'],
    ['arboga-2023.json', JSON_FILE, 'Medborgarlöfte'],
  ])(
    'when the samordnare sends a valid %s, then a preview comes, Importera stores it, and the same file again creates nothing',
    async (name, body, title) => {
      const [reply] = await send(name, body);
      const preview = cardOf(reply);
      expect(cardText(preview)).toContain(`Förhandsvisning av ${name}`);
      expect(cardText(preview)).toContain(title);
      expect(await pledges()).toHaveLength(0);
      const [button] = importButtons(preview);
      expect(button).toMatchObject({ title: 'Importera till EST Fagersta' });
      const data = button.data as Record<string, unknown>;

      const imported = invokeResult(await bot.send(activities.execute(users.samordnare, VERBS.pledgeImport, data)));
      expect(imported.message).toMatch(/^Importerade ".+" till EST Fagersta: \d+ fokusområden?, \d+ aktiviteter?/);
      expect(await pledges()).toHaveLength(1);

      // The same file, sent and imported again: nothing new.
      const again = cardOf((await send(name, body))[0]);
      const second = importButtons(again)[0].data as Record<string, unknown>;
      const repeated = invokeResult(await bot.send(activities.execute(users.samordnare, VERBS.pledgeImport, second)));
      expect(repeated.message).toContain('är redan importerat till EST Fagersta från samma fil; inget ändrades.');
      expect(await pledges()).toHaveLength(1);
    },
  );

  test('when the file has invalid rows, then every one is listed with its line and reason, and nothing can be imported', async () => {
    const broken = [
      CSV.split('\n')[0],
      'Löfte,2026-01-01,2026-12-31,polisen;kommunen,Trygghet,Otrygga platser,Trygghetsvandring,kommunen,,,2026-13-40,',
      ',,,,Trygghet,,,polisen,,,2026-05-01,',
      ',,,,Trygghet,,Klotterplank,okänd part med ett mycket långt namn som inte är någon part alls här,,,2026-05-01,',
    ].join('\n');
    const card = cardOf((await send('löfte.csv', broken))[0]);
    const text = cardText(card);
    expect(text).toMatch(/löfte\.csv: \d+ fel\. Inget importeras/);
    expect(text).toMatch(/rad 2/);
    expect(text).toMatch(/rad 3/);
    expect(importButtons(card)).toHaveLength(0);
    expect(await pledges()).toHaveLength(0);
  });

  test('when the Importera data is forged with an invalid file, then it is checked again and nothing is stored', async () => {
    const replies = await bot.send(
      activities.execute(users.samordnare, VERBS.pledgeImport, {
        groupId: TEAM.id,
        format: 'csv',
        fileName: 'x.csv',
        source: 'titel,start\nLöfte,igår',
      }),
    );
    expect(cardText(invokeResult(replies).card)).toContain('Inget importeras');
    expect(await pledges()).toHaveLength(0);
  });

  test('when the file is larger than the limit, then it says so and nothing is read past it', async () => {
    const [reply] = await send('stor.csv', `${CSV}\n${'x'.repeat(60 * 1024)}`);
    expect(reply.text).toContain('Filen är större än 48 kB och importeras inte.');
    expect(await pledges()).toHaveLength(0);
  });

  test('when the link is on another host, then it is never fetched', async () => {
    const [reply] = await bot.send(fileMessage(users.samordnare, 'löfte.csv', 'https://evil.example/löfte.csv'));
    expect(reply.text).toContain('Bilagan ligger inte i Teams egen fillagring och hämtas inte.');
    const [plain] = await bot.send(fileMessage(users.samordnare, 'löfte.csv', `http://localhost.evil.example/x.csv`));
    expect(plain.text).toContain('hämtas inte');
    expect(host.requests).toBe(0);
  });

  test('when the file is of another kind, or several come at once, then a sentence says what is accepted', async () => {
    expect((await send('löfte.docx', 'PK'))[0].text).toContain('löfte.docx är ingen CSV- eller JSON-fil.');
    // A file's name is the sender's text: shown as typed, never as a link.
    expect((await send('[klicka](https:evil.example).pdf', 'PK'))[0].text).toContain(
      '\\[klicka\\](https:evil.example).pdf är ingen',
    );
    const two = fileMessage(users.samordnare, 'a.csv', `${host.base}/a.csv`);
    two.attachments = [...two.attachments, ...two.attachments];
    expect((await bot.send(two))[0].text).toBe('Skicka en fil i taget.');
    expect(host.requests).toBe(0);
  });

  test('when a member who is not samordnare sends a file, then it is not fetched and they are told who can import', async () => {
    const [reply] = await send('fagersta-2022.csv', CSV, users.polis);
    expect(reply.text).toBe('Bara gruppens samordnare kan importera medborgarlöften.');
    expect(host.requests).toBe(0);
    const refused = invokeResult(
      await bot.send(
        activities.execute(users.polis, VERBS.pledgeImport, {
          groupId: TEAM.id,
          format: 'csv',
          fileName: 'fagersta-2022.csv',
          source: CSV,
        }),
      ),
    );
    expect(refused.message).toBe('Det här kan bara gruppens samordnare göra.');
    expect(await pledges()).toHaveLength(0);
  });

  test('when Teams’ file host fails, then it says to send the file again', async () => {
    const [reply] = await bot.send(fileMessage(users.samordnare, 'borta.csv', `${host.base}/borta.csv`));
    expect(reply.text).toBe('Filen kunde inte hämtas från Teams. Skicka den igen om en stund.');
  });
});
