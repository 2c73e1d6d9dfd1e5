import { currentReportingPeriod } from '../../src/domain/periods';
import type { Repositories } from '../../src/storage/repositories';
import { tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';
import { startBuiltService, JOBS_SECRET, type BuiltService } from '../helpers/built-service';
import { ConnectorFake } from '../helpers/connector-fake';
import { personalConversationId, SCHEDULE, seedGroups, type SeededGroup } from '../helpers/seed';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

/**
 * The built service as Azure runs it, in its own process: killed in the middle of a round and
 * started again, it must neither skip nor repeat a prompt.
 */
async function startService(prefix: string): Promise<BuiltService> {
  return startBuiltService(prefix, { SEND_LEASE_SECONDS: '2', TICK_BUDGET_SECONDS: '4', SEND_RATE_PER_TENANT: '500' });
}

const tick = (service: BuiltService) =>
  fetch(`${service.url}/api/jobs/tick`, { method: 'POST', headers: { authorization: `Bearer ${JOBS_SECRET}` } });

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the sender across a crash and a restart', () => {
  const fake = new ConnectorFake();
  let repositories: Repositories;
  let prefix: string;
  let seeded: SeededGroup[];

  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  beforeEach(async () => {
    fake.setFaults({ latencyMs: 15 });
    fake.delivered.splice(0);
    prefix = uniqueTablePrefix();
    repositories = tableRepositories(tableClientsFromConnectionString(testConnectionString(), prefix));
    // Tables are created by the service at start-up; seed after the first start.
  });

  async function seedAndStartRound(): Promise<void> {
    seeded = await seedGroups(repositories, { groups: 2, membersPerGroup: 100, serviceUrl: fake.serviceUrl });
    for (const { group } of seeded) {
      const period = currentReportingPeriod(SCHEDULE, new Date());
      await repositories.dispatches.create({
        groupId: group.id,
        periodId: period.id,
        kind: 'prompt',
        seq: 1,
        trigger: 'manual',
        state: 'planning',
        planned: 0,
        createdAt: new Date(),
      });
    }
  }

  /** Starts the service again and ticks until every round is done. */
  async function finishRoundInNewProcess(): Promise<void> {
    const second = await startService(prefix);
    try {
      await waitFor(async () => {
        const response = await tick(second);
        const body = (await response.json()) as { result: { ran: boolean } };
        return body.result.ran && (await repositories.dispatches.listUnfinished()).length === 0;
      }, 60_000);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }

  const delivered = () =>
    seeded.flatMap(({ members }) => members.map((member) => fake.deliveredTo(personalConversationId(member)).length));

  test('when the service is killed in the middle of a round and started again, then every member gets exactly one prompt', async () => {
    const first = await startService(prefix);
    await seedAndStartRound();
    void tick(first).catch(() => undefined);
    await waitFor(() => fake.delivered.length >= 60);

    // The network stalls with requests in flight, and the process dies before they reach Teams.
    // (It is killed once every message Teams accepted is recorded: between Teams accepting a
    // message and the bot writing that down lies a window of milliseconds that no sender can
    // close, as the Bot Connector API has no idempotency key. The README says so.)
    fake.pause();
    await waitFor(async () => {
      const states = await Promise.all(
        seeded.map(({ group }) =>
          repositories.outbox.listForPeriod(group.id, currentReportingPeriod(SCHEDULE, new Date()).id),
        ),
      );
      return states.flat().filter((entry) => entry.state === 'sent').length === fake.delivered.length;
    });
    first.child.kill('SIGKILL');
    await first.exited;
    fake.dropHeld();
    fake.resume();
    const before = fake.delivered.length;
    expect(before).toBeGreaterThanOrEqual(60);
    expect(before).toBeLessThan(200);

    await finishRoundInNewProcess();
    expect(delivered()).toEqual(Array(200).fill(1));
  }, 90_000);

  test('when the service is stopped with SIGTERM in the middle of a round, then it finishes what is in flight and the next start completes the round', async () => {
    const first = await startService(prefix);
    await seedAndStartRound();
    void tick(first).catch(() => undefined);
    await waitFor(() => fake.delivered.length >= 50);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    await finishRoundInNewProcess();
    expect(delivered()).toEqual(Array(200).fill(1));
  }, 90_000);
});
