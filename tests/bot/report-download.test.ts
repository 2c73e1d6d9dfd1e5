import JSZip from 'jszip';
import { VERBS } from '../../src/bot/verbs';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  invokeResult,
  OBSERVATION_FORM,
  PERIOD,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';

/** The actions of a card, wherever they are. */
function actionsOf(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Action.')) found.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('the rapport card’s downloads (Word, CSV, Markdown) through a short-lived link', () => {
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    await bot.send(
      activities.execute(users.polis, VERBS.reportSubmit, { groupId: TEAM.id, periodId: PERIOD, ...OBSERVATION_FORM }),
    );
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
  });

  const download = (user: (typeof users)[keyof typeof users], span: unknown, channel = false, format?: string) => {
    const activity = activities.execute(user, VERBS.reportDownload, {
      groupId: TEAM.id,
      span,
      ...(format ? { format } : {}),
    });
    if (channel) {
      activity.conversation = { ...activity.conversation!, conversationType: 'channel', isGroup: true };
    }
    return bot.send(activity);
  };

  test('when the samordnare chooses Ladda ner som Word, then a link card comes to the 1:1 chat and the link gives the document with its charts', async () => {
    const report = cardOf((await bot.send(activities.message(users.samordnare, 'rapport månad november 2026')))[0]);
    const button = actionsOf(report).find((action) => action.verb === VERBS.reportDownload);
    expect(button).toMatchObject({ title: 'Ladda ner som Word', data: { span: 'manad-2026-11', format: 'docx' } });
    expect(
      actionsOf(report)
        .filter((action) => action.verb === VERBS.reportDownload)
        .map((action) => action.title),
    ).toEqual(['Ladda ner som Word', 'Ladda ner som CSV', 'Ladda ner som Markdown']);

    const replies = await download(users.samordnare, 'manad-2026-11');
    expect(invokeResult(replies).message).toBe('Word-dokumentet är klart; länken ligger i chatten.');
    const linkCard = cardOf(replies.find((reply) => reply.type === 'message'));
    expect(cardText(linkCard)).toContain('Word-dokumentet är klart: Månadsrapport november 2026 · EST Fagersta');
    expect(cardText(linkCard)).toMatch(/fungerar till klockan \d\d:\d\d/);
    const open = actionsOf(linkCard).find((action) => action.type === 'Action.OpenUrl');
    const url = new URL(String(open?.url));

    // Read-only, for this one blob, and gone within 15 minutes.
    expect(url.searchParams.get('sp')).toBe('r');
    expect(url.searchParams.get('sr')).toBe('b');
    const expires = Date.parse(url.searchParams.get('se') ?? '');
    expect(expires - Date.now()).toBeGreaterThan(5 * 60_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment;');
    expect(response.headers.get('content-disposition')).toContain('.docx');
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Månadsrapport november 2026 · EST Fagersta');
    expect(xml).not.toContain(users.polis.name);
    const images = zip.file(/^word\/media\/.*\.png$/);
    expect(images.length).toBeGreaterThanOrEqual(2);
    const png = await images[0].async('nodebuffer');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');

    // The signature covers the blob's name: another name with the same signature is refused.
    const other = new URL(url);
    other.pathname = other.pathname.replace(/\/[^/]+\/([^/]+)$/, '/00000000-0000-0000-0000-000000000000/$1');
    expect((await fetch(other)).status).toBe(403);
  });

  /** The file behind the link card of a download's replies. */
  const fileOf = async (replies: Awaited<ReturnType<typeof download>>) => {
    const linkCard = cardOf(replies.find((reply) => reply.type === 'message'));
    const open = actionsOf(linkCard).find((action) => action.type === 'Action.OpenUrl');
    const response = await fetch(String(open?.url));
    expect(response.status).toBe(200);
    return { card: cardText(linkCard), response, text: await response.text() };
  };

  test('when the samordnare chooses Ladda ner som CSV, then the link gives the observations as npm run export writes them, formula-safe', async () => {
    // Before the period's deadline (the tests' clock stands after it).
    bot.clock.set(new Date('2026-12-01T12:00:00Z'));
    await bot.send(
      activities.execute(users.skola, VERBS.reportSubmit, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...OBSERVATION_FORM,
        beskrivning: '=HYPERLINK("https://evil.example","Klicka") vid kiosken på kvällarna.',
      }),
    );
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
    const replies = await download(users.samordnare, 'manad-2026-11', false, 'csv');
    expect(invokeResult(replies).message).toBe('CSV-filen är klar; länken ligger i chatten.');
    const { card, response, text } = await fileOf(replies);
    expect(card).toContain('CSV-filen är klar: Månadsrapport november 2026 · EST Fagersta');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('.csv');
    expect(text).toContain('Klotter och en grupp som skapar otrygghet vid busshållplatsen.');
    expect(text).toContain(`'=HYPERLINK(`);
    expect(text).not.toMatch(/(^|[;,])"?=HYPERLINK/m);
    expect(text).not.toContain(users.polis.name);
  });

  test('when the samordnare chooses Ladda ner som Markdown, then the link gives the report as Markdown', async () => {
    const replies = await download(users.samordnare, 'manad-2026-11', false, 'md');
    expect(invokeResult(replies).message).toBe('Markdown-filen är klar; länken ligger i chatten.');
    const { response, text } = await fileOf(replies);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    expect(text).toContain('Månadsrapport november 2026 · EST Fagersta');
    expect(text).not.toContain(users.polis.name);
  });

  test.each([['docx'], ['csv'], ['md']])(
    'when a member who is not samordnare asks for the %s file, then they are refused and nothing is made',
    async (format) => {
      const replies = await download(users.polis, 'manad-2026-11', false, format);
      expect(invokeResult(replies).message).toBe('Det här kan bara gruppens samordnare göra.');
      expect(replies.filter((reply) => reply.type === 'message')).toHaveLength(0);
    },
  );

  test.each([['docx'], ['csv'], ['md']])(
    'when the %s file is asked for in a channel, then the link is not posted there',
    async (format) => {
      const replies = await download(users.samordnare, 'tertial-2026-3', true, format);
      expect(invokeResult(replies).message).toContain('skickas bara i din chatt med boten');
      expect(replies.filter((reply) => reply.type === 'message')).toHaveLength(0);
    },
  );

  test('when the card names a format there is none of, then it says the card is out of date', async () => {
    const replies = await download(users.samordnare, 'manad-2026-11', false, 'exe');
    expect(invokeResult(replies).message).toContain('går inte längre att använda');
    expect(replies.filter((reply) => reply.type === 'message')).toHaveLength(0);
  });

  test.each([['tertial-2026-4'], ['manad-2026-13'], ['ar-1999-0'], ['../../etc'], [7]])(
    'when the card names no month, tertial or year (%p), then it says the card is out of date',
    async (span) => {
      const replies = await download(users.samordnare, span);
      expect(invokeResult(replies).message).toContain('går inte längre att använda');
      expect(replies.filter((reply) => reply.type === 'message')).toHaveLength(0);
    },
  );
});
