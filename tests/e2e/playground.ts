import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { freeStackPorts, ROOT, startStack, type Stack } from '../../scripts/dev-stack';
import type { Repositories } from '../../src/storage/repositories';
import { tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';

export const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The whole dev stack on free ports (Azurite in memory), as `npm run dev` runs it. */
/** The secret the e2e tests tick the cycle with; the in-process scheduler is off so they decide when. */
export const JOBS_SECRET = 'e2e-jobs-secret-0123456789abcdefghijkl';

export async function startTestStack(botEnv: Record<string, string> = {}): Promise<Stack> {
  return startStack({
    ...(await freeStackPorts()),
    botEnv: {
      LOCALE_OVERRIDE: 'sv',
      LOG_LEVEL: 'warn',
      JOBS_SECRET,
      SCHEDULER_ENABLED: 'false',
      TICK_BUDGET_SECONDS: '10',
      ...botEnv,
    },
    // Only the bot's errors are shown; the rest of the stack's output would drown the test report.
    output: (source, line) => {
      if (source === 'bot' && /"level":(50|60)/.test(line)) process.stderr.write(`[bot] ${line}\n`);
    },
  });
}

export interface PlaygroundSession {
  page: Page;
  close(): Promise<void>;
  screenshot(name: string): Promise<void>;
}

/** Headless Chromium on `url`, reaching nothing beyond this machine. */
export async function openPage(url: string): Promise<PlaygroundSession> {
  mkdirSync(RESULTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lagesbild-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Only this machine: the page asks a CDN for fonts and works without them.
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
  await page.goto(url);
  return {
    page,
    screenshot: async (name) => {
      await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function openPlayground(url: string): Promise<PlaygroundSession> {
  const session = await openPage(url);
  await session.page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor();
  return session;
}

/** Opening the team's channel installs the bot in the team (the Playground sends the install events). */
export async function openTeamChannel(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: 'My Team - General' }).click();
  await page.getByRole('paragraph').filter({ hasText: 'Lägesbild-boten är nu installerad' }).first().waitFor();
}

export async function openPersonalChat(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: 'Personal Chat' }).click();
}

export async function sendMessage(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-lexical-editor="true"]').first();
  await box.click();
  await box.pressSequentially(text);
  await page.getByRole('button', { name: 'Send Message' }).click();
}

/** Sends a message and waits for the next card the bot posts; returns that card. */
export async function sendAndWaitForCard(page: Page, text: string): Promise<Locator> {
  const cards = page.locator('.ac-adaptiveCard');
  const before = await cards.count();
  await sendMessage(page, text);
  await cards.nth(before).waitFor();
  return cards.nth(before);
}

export async function choose(page: Page, card: Locator, label: string, option: string): Promise<void> {
  await card.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export interface ObservationInput {
  area: string;
  omrade: string;
  omradeAnnat?: string;
  plats?: string;
  tidpunkt?: string;
  beskrivning: string;
  bedomning: string;
}

export async function fillObservation(page: Page, card: Locator, input: ObservationInput): Promise<void> {
  await choose(page, card, 'Område i mallen (obligatoriskt)', input.area);
  await choose(page, card, 'Var (område) (obligatoriskt)', input.omrade);
  if (input.omradeAnnat)
    await card.getByRole('textbox', { name: 'Annat område (om du valde Annat)' }).fill(input.omradeAnnat);
  if (input.plats) await card.getByRole('textbox', { name: 'Plats' }).fill(input.plats);
  if (input.tidpunkt) await choose(page, card, 'Tid på dygnet', input.tidpunkt);
  await card.getByRole('textbox', { name: 'Beskrivning (obligatoriskt)' }).fill(input.beskrivning);
  await card.getByRole('radio', { name: input.bedomning }).check();
}

export interface PlaygroundTestContext {
  stack: Stack;
  session: PlaygroundSession;
  /** The stack's tables, for checking what was stored. */
  repositories: Repositories;
}

/** A fresh stack and browser for every test of the file; stopped after each. */
/** `botEnv`: more environment for the bot, read when each test starts (e.g. a fake's URL). */
export function usePlaygroundStack(botEnv: () => Record<string, string> = () => ({})): PlaygroundTestContext {
  const context = {} as PlaygroundTestContext;
  beforeEach(async () => {
    context.stack = await startTestStack(botEnv());
    context.repositories = tableRepositories(tableClientsFromConnectionString(context.stack.connectionString, 'est'));
    context.session = await openPlayground(context.stack.playgroundUrl);
  });
  afterEach(async () => {
    await context.session?.close();
    await context.stack?.stop();
  });
  return context;
}

/** In the team's channel: "@Test Bot publicera här" makes it the council's channel. */
export async function chooseCouncilChannel(page: Page): Promise<void> {
  await openTeamChannel(page);
  const box = page.locator('[data-lexical-editor="true"]').first();
  await box.click();
  await box.pressSequentially('@Test');
  await page.locator('#typeahead-menu').getByRole('menuitem', { name: 'Test Bot' }).click();
  await box.pressSequentially(' publicera här');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.getByRole('paragraph').filter({ hasText: 'publiceras hädanefter här' }).first().waitFor();
}
