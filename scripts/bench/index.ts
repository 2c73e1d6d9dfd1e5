/**
 * `npm run bench`: the service's speed beside the floor and the ceiling it cannot beat. Starts, on
 * free ports on 127.0.0.1, Azurite in memory, the built service, the Bot Connector fake and a bare
 * echo bot with the same SDKs; alternates service and echo bot round by round; prints a table and
 * writes it to bench-results/latest.md. `-- --smoke` runs each part for a few seconds only and
 * checks what must hold whatever the speed (every acknowledged submit stored once, no prompt lost
 * or doubled); timings never fail it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeService } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logger';
import { ensureTables, tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';
import { ConnectorFake } from '../connector-fake';
import { ROOT } from '../dev-stack';
import { runCompile } from './compile';
import { runFanout } from './fanout';
import { runLoad, type LoadResult } from './load';
import { startAzurite, startEchoBot, startService, type Running } from './processes';
import { renderReport, type BenchReport } from './report';
import { reportMessage, seedDrafts, seedGroup, submitInvoke, type BenchMember } from './seed';

const smoke = process.argv.includes('--smoke');
const SIZE = smoke
  ? {
      rounds: 2,
      perRound: 40,
      warmup: 10,
      openMembers: 20,
      tenants: 10,
      perTenant: 20,
      pacedPerTenant: 100,
      compileRuns: 5,
    }
  : {
      rounds: 3,
      perRound: 400,
      warmup: 50,
      openMembers: 200,
      tenants: 10,
      perTenant: 200,
      pacedPerTenant: 400,
      compileRuns: 50,
    };
const CONNECTIONS = 10;
const JOBS_SECRET = 'bench-jobs-secret-0123456789abcdefghijkl';
const PREFIX = 'bench';

const log = (line: string) => process.stdout.write(`${line}\n`);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

type Who = 'target' | 'anchor' | 'storing';

/**
 * Runs the service and its anchors in turn, `rounds` each, the order rotating every round so that
 * none always goes first; `bodies(round)` gives each round its own requests.
 */
async function compare<W extends Who>(
  bots: Record<W, Running>,
  bodies: (round: number, who: W) => string[],
): Promise<Record<W, LoadResult[]>> {
  const order = Object.keys(bots) as W[];
  const results = Object.fromEntries(order.map((who) => [who, [] as LoadResult[]])) as Record<W, LoadResult[]>;
  for (let round = 0; round < SIZE.rounds; round += 1) {
    for (let turn = 0; turn < order.length; turn += 1) {
      const who = order[(round + turn) % order.length];
      results[who].push(await runLoad(`${bots[who].url}/api/messages`, bodies(round, who), CONNECTIONS));
    }
  }
  return results;
}

async function main(): Promise<void> {
  const azurite = await startAzurite();
  const fake = new ConnectorFake();
  await fake.start();
  const stops: (() => Promise<void>)[] = [() => fake.stop(), () => azurite.stop()];
  try {
    const clients = tableClientsFromConnectionString(azurite.connectionString, PREFIX);
    await ensureTables(clients);
    const repositories = tableRepositories(clients);
    const env = {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: PREFIX,
      JOBS_SECRET,
      TICK_BUDGET_SECONDS: '240',
    };
    const service = await startService(env);
    const echo = await startEchoBot();
    const storing = await startEchoBot({ connectionString: azurite.connectionString, table: `${PREFIX}EchoStore` });
    stops.unshift(
      () => service.stop(),
      () => echo.stop(),
      () => storing.stop(),
    );
    await pause(2000);
    const idle = { target: service.rssMb(), anchor: echo.rssMb() };
    log(`idle RSS: service ${idle.target.toFixed(0)} MB, echo bot ${idle.anchor.toFixed(0)} MB`);

    // 1. Skicka rapporten: every member of the group submits once, each with a stored 1:1 chat.
    const submitters = SIZE.warmup + SIZE.rounds * SIZE.perRound;
    const { group, members } = await seedGroup(repositories, {
      name: 'submit',
      tenantId: 'tenant-submit',
      size: submitters + SIZE.openMembers,
      serviceUrl: fake.serviceUrl,
    });
    const submitting = members.slice(0, submitters);
    const opening = members.slice(submitters);
    const period = await seedDrafts(repositories, group, submitting);
    let sequence = 0;
    const submits = (slice: readonly BenchMember[]) =>
      slice.map((member) => submitInvoke(member, group, period.id, fake.serviceUrl, (sequence += 1)));
    const warm = submits(submitting.slice(0, SIZE.warmup));
    await runLoad(`${service.url}/api/messages`, warm, CONNECTIONS);
    await runLoad(`${echo.url}/api/messages`, warm, CONNECTIONS);
    await runLoad(`${storing.url}/api/messages`, warm, CONNECTIONS);
    log('submit path …');
    const cpuBefore = { service: service.cpuSeconds(), azurite: azurite.cpuSeconds(), echo: echo.cpuSeconds() };
    const submit = await compare({ target: service, anchor: echo, storing }, (round) =>
      submits(submitting.slice(SIZE.warmup + round * SIZE.perRound, SIZE.warmup + (round + 1) * SIZE.perRound)),
    );
    const loaded = { target: service.rssMb(), anchor: echo.rssMb() };
    const cpu = {
      service: service.cpuSeconds() - cpuBefore.service,
      azurite: azurite.cpuSeconds() - cpuBefore.azurite,
      echo: echo.cpuSeconds() - cpuBefore.echo,
      requests: submit.target.reduce((sum, result) => sum + result.requests, 0),
      echoRequests: submit.anchor.reduce((sum, result) => sum + result.requests, 0),
    };
    const stored = await repositories.reports.listReports(group.id, period.id);
    const acknowledged = SIZE.warmup + submit.target.reduce((sum, result) => sum + result.ok, 0);
    const complete = stored.filter((report) => report.observations.length === 3 && report.version === 1).length;

    // 2. rapportera: the card a member sees first.
    log('opening the card …');
    const open = await compare({ target: service, anchor: echo }, () =>
      opening.map((member) => reportMessage(member, fake.serviceUrl, (sequence += 1))),
    );

    // 3. A prompt round through the throttling fake.
    log('fan-out …');
    const fanout = await runFanout(repositories, service, azurite, fake, JOBS_SECRET, SIZE);
    // The same with two tenants: too few sends to load this machine, so it shows the sender's pacing alone.
    const paced = await runFanout(repositories, service, azurite, fake, JOBS_SECRET, {
      tenants: 2,
      perTenant: SIZE.pacedPerTenant,
    });

    // 4. Compiling, pure and through the service against Azurite.
    log('compile …');
    const composed = await composeService(loadConfig(env), createLogger('silent'));
    const compile = await runCompile(repositories, composed.deps.longReports, fake.serviceUrl, SIZE.compileRuns);

    const report: BenchReport = {
      smoke,
      when: new Date(),
      node: process.version,
      submit,
      open,
      memory: { idle, loaded },
      cpu,
      stored: { acknowledged, stored: stored.length, complete },
      fanout,
      paced,
      compile,
    };
    const { text, markdown, correct } = renderReport(report);
    log(text);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', smoke ? 'smoke.md' : 'latest.md'), markdown);
    if (!correct) process.exitCode = 1;
  } finally {
    for (const stop of stops) await stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
