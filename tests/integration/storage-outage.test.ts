import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { azuriteArgs, azuriteConnectionString, freePorts, httpAnswers, waitFor } from '../../scripts/dev-stack';
import type { Repositories } from '../../src/storage/repositories';
import { tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';
import { errorLines, startBuiltService, type BuiltService } from '../helpers/built-service';
import { useConnectorFake } from '../helpers/connector-fake';
import { uniqueTablePrefix } from '../helpers/tables';
import { execute, findInCard, install, message, post, SUBMIT_FORM, teamOnFake, wireUsers } from '../helpers/wire';

/**
 * The tables go away while members submit, and come back: Azurite on disk, stopped and started
 * again mid-run, under the built service as Azure runs it.
 */
describe('a storage outage', () => {
  const fake = useConnectorFake();
  const TEAM = '19:outage-team@thread.tacv2';
  let folder: string;
  let ports: { table: number; blob: number };
  let azurite: ChildProcess[] = [];
  let service: BuiltService;
  let repositories: Repositories;

  async function startAzurite(): Promise<void> {
    azurite = [];
    for (const kind of ['table', 'blob'] as const) {
      const child = spawn(process.execPath, azuriteArgs(kind, ports[kind], ['--location', join(folder, kind)]), {
        stdio: 'ignore',
      });
      azurite.push(child);
      await waitFor(`Azurite (${kind})`, httpAnswers(`http://127.0.0.1:${ports[kind]}/`), child);
    }
  }
  async function stopAzurite(): Promise<void> {
    await Promise.all(
      azurite.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            // Stopped as an operator stops it (Ctrl-C): it writes its data to disk before it exits.
            child.kill('SIGINT');
          }),
      ),
    );
  }
  /** What /healthz says once it says `expected` (the probe reads every 5 s; at most 30 s). */
  async function healthBecomes(expected: number): Promise<number> {
    let status = 0;
    for (let attempt = 0; attempt < 60 && status !== expected; attempt += 1) {
      status = (await fetch(`${service.url}/healthz`)).status;
      if (status !== expected) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return status;
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lagesbild-outage-'));
    const [table, blob] = await freePorts(2);
    ports = { table, blob };
    await startAzurite();
    const connectionString = azuriteConnectionString(ports);
    const prefix = uniqueTablePrefix();
    service = await startBuiltService(prefix, { STORAGE_CONNECTION_STRING: connectionString });
    repositories = tableRepositories(tableClientsFromConnectionString(connectionString, prefix));
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
    await stopAzurite();
    rmSync(folder, { recursive: true, force: true });
  });

  test('when the tables stop while a member submits, then the answer says nothing was saved, /healthz says unavailable; once back, the next submit is stored and nothing acknowledged was lost', async () => {
    teamOnFake(fake, TEAM, 'EST Avbrott');
    expect((await post(service.url, install(fake, TEAM, 'EST Avbrott'))).status).toBe(200);
    const conversationId = `a:personal-${wireUsers.polis.id}`;
    expect((await post(service.url, message(fake, wireUsers.polis, 'rapportera'))).status).toBe(200);
    const attachments = (fake.deliveredTo(conversationId).at(-1)?.activity.attachments ?? []) as {
      content?: unknown;
    }[];
    const card = attachments[0]?.content;
    const periodId = String(findInCard(card, 'periodId'));
    const submit = (beskrivning: string) =>
      post(
        service.url,
        execute(fake, wireUsers.polis, 'report.submit', { groupId: TEAM, periodId, ...SUBMIT_FORM, beskrivning }),
      );

    expect(JSON.stringify((await submit('Klotter vid busshållplatsen, första gången.')).body)).toContain(
      'AdaptiveCard',
    );
    expect((await repositories.reports.getReport(TEAM, periodId, wireUsers.polis.aadObjectId))?.value.version).toBe(1);

    await stopAzurite();
    const refused = await submit('Klotter vid busshållplatsen, andra gången.');
    expect(refused.status).toBe(200);
    expect(JSON.stringify(refused.body)).toContain('inget sparades');
    expect(JSON.stringify(refused.body)).not.toContain('AdaptiveCard');
    expect(await healthBecomes(503)).toBe(503);

    await startAzurite();
    expect(await healthBecomes(200)).toBe(200);
    const stored = await submit('Klotter vid busshållplatsen, andra gången.');
    expect(JSON.stringify(stored.body)).toContain('AdaptiveCard');
    const report = await repositories.reports.getReport(TEAM, periodId, wireUsers.polis.aadObjectId);
    // The report sent before the outage and the one sent after: the refused attempt left nothing.
    expect(report?.value.version).toBe(2);
    expect(report?.value.observations.map((observation) => observation.description)).toEqual([
      'Klotter vid busshållplatsen, första gången.',
      'Klotter vid busshållplatsen, andra gången.',
    ]);
    const versions = await repositories.reports.listVersions(TEAM, periodId, wireUsers.polis.aadObjectId);
    expect(versions.map((version) => version.version)).toEqual([1, 2]);

    expect(service.alive()).toBe(true);
    expect(errorLines(service)).toEqual([]);
    expect(service.logs.some((line) => line.reason === 'storageUnavailable')).toBe(true);
  }, 90_000);
});
