import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { FixedClock } from '../../src/domain/clock';
import { createLogger } from '../../src/logger';
import { useConnectorFake, type ConnectorFake } from '../helpers/connector-fake';
import { startPoliceApiFake } from '../helpers/police-api-fake';
import {
  DEADLINE,
  PERIOD,
  personalConversationId,
  PROMPT_TIME,
  REMINDER_TIME,
  seedGroups,
  type SeededGroup,
} from '../helpers/seed';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

async function service(prefix: string, clock: FixedClock, env: Record<string, string> = {}): Promise<Service> {
  const config = loadConfig({
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: prefix,
    SEND_MAX_ATTEMPTS: '12',
    ...env,
  });
  // Waiting for a backoff or a Retry-After moves the fixed clock forward instead of waiting.
  return composeService(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), {
    clock,
    sleepUntil: async (instant) => {
      if (instant > clock.now().getTime()) clock.set(new Date(instant));
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
}

async function tickUntilDone(target: Service, rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await target.cycle.tick();
    const open = await target.repositories.dispatches.listUnfinished();
    if (open.length === 0) return;
  }
  throw new Error('the dispatches did not finish');
}

function expectExactlyOnePromptEach(fake: ConnectorFake, seeded: SeededGroup[]): void {
  for (const { members } of seeded) {
    for (const member of members) {
      expect(fake.deliveredTo(personalConversationId(member))).toHaveLength(1);
    }
  }
}

describe('the fortnightly cycle against Azurite and the Bot Connector fake', () => {
  const fake = useConnectorFake();

  test('when the police’s API hangs, then the cycle sends its prompts and a compile finishes while the fetch still waits', async () => {
    const police = await startPoliceApiFake();
    police.mode = { kind: 'slow', ms: 8000 };
    try {
      const clock = new FixedClock(PROMPT_TIME);
      const target = await service(uniqueTablePrefix(), clock, { POLICE_EVENTS_URL: police.url });
      const [seeded] = await seedGroups(target.repositories, {
        groups: 1,
        membersPerGroup: 3,
        serviceUrl: fake.serviceUrl,
      });
      const order: string[] = [];
      const fetching = target.deps.police.fetchDue().then((run) => {
        order.push('fetch');
        return run;
      });
      await tickUntilDone(target);
      order.push('cycle');
      const group = (await target.repositories.groups.get(seeded.group.id))!;
      const period = target.deps.situationPictures.periodFor(group, undefined)!;
      await target.deps.situationPictures.compile(group, period);
      order.push('compile');
      expectExactlyOnePromptEach(fake, [seeded]);
      expect(await fetching).toMatchObject({ kind: 'ran' });
      expect(order).toEqual(['cycle', 'compile', 'fetch']);
      expect(police.requests).toHaveLength(1);
    } finally {
      await police.close();
    }
  }, 30_000);

  test('when it is not yet time, then a tick sends nothing', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() - 60_000));
    const target = await service(uniqueTablePrefix(), clock);
    await seedGroups(target.repositories, { groups: 1, membersPerGroup: 3, serviceUrl: fake.serviceUrl });
    expect(await target.cycle.tick()).toMatchObject({ ran: true, created: 0 });
    expect(fake.delivered).toHaveLength(0);
  });

  test('when 500 members in 5 groups are prompted with 20 % of sends throttled and 5 % failing, then every member gets exactly one prompt', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const seeded = await seedGroups(target.repositories, {
      groups: 5,
      membersPerGroup: 100,
      serviceUrl: fake.serviceUrl,
    });
    fake.setFaults({
      throttle: 0.2,
      unavailable: 0.05,
      retryAfterSeconds: 1,
      perConversationPerSecond: 7,
      perTenantPerSecond: 50,
    });

    await tickUntilDone(target);

    expectExactlyOnePromptEach(fake, seeded);
    expect(fake.delivered).toHaveLength(500);
    expect(fake.requests.filter((request) => request.status === 429).length).toBeGreaterThan(50);
    expect(fake.requests.filter((request) => request.status === 503).length).toBeGreaterThan(5);
    for (const { group } of seeded) {
      const entries = await target.repositories.outbox.listForPeriod(group.id, PERIOD);
      expect(entries.map((entry) => entry.state)).toEqual(Array(100).fill('sent'));
      // The 1:1 chats the sender created are stored for next time.
      expect(
        await target.repositories.conversations.getPersonal(`aad-${group.tenantId.split('-')[1]}-0`),
      ).toBeDefined();
    }
    // The prompt is the report form itself.
    const card = (fake.delivered[0].activity.attachments as { content: { body: { text?: string }[] } }[])[0].content;
    expect(JSON.stringify(card)).toContain('Dags att lämna din lägesbild för v47–48 2026');
  }, 90_000);

  test('when the connector enforces Teams’ limits, then the sender stays under them (50/s per tenant, 7/s per chat), counted in the fake', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const seeded = await seedGroups(target.repositories, {
      groups: 2,
      membersPerGroup: 120,
      serviceUrl: fake.serviceUrl,
    });
    fake.setFaults({ perConversationPerSecond: 7, perTenantPerSecond: 50 });

    await tickUntilDone(target);

    expectExactlyOnePromptEach(fake, seeded);
    // Counted in the fake, not timed: two requests per member (creating the 1:1 chat, then the
    // prompt), plus one more for each the fake refused. The pacing itself is checked to the
    // millisecond with fake timers in tests/unit/send-pacing.test.ts.
    for (const tenant of ['tenant-0', 'tenant-1']) {
      const requests = fake.requests.filter((request) => request.tenantId === tenant);
      const refused = requests.filter((request) => request.status === 429).length;
      expect(requests).toHaveLength(240 + refused);
      // A sender that did not pace would be refused about 190 of its 240 at 50/s; a paced one is
      // refused none, or on a machine loaded enough to bunch requests on their way, a few.
      expect(refused).toBeLessThan(10);
    }
  }, 60_000);

  test('when a tick runs again after everything was sent, then nobody gets a second prompt', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const seeded = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 5,
      serviceUrl: fake.serviceUrl,
    });
    await tickUntilDone(target);
    clock.advance(3600_000);
    await target.cycle.tick();
    expectExactlyOnePromptEach(fake, seeded);
  });

  test('when two schedulers tick at the same moment, then there is one dispatch and one prompt each', async () => {
    const prefix = uniqueTablePrefix();
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const [first, second] = await Promise.all([service(prefix, clock), service(prefix, clock)]);
    const seeded = await seedGroups(first.repositories, {
      groups: 2,
      membersPerGroup: 20,
      serviceUrl: fake.serviceUrl,
    });

    const results = await Promise.all([first.cycle.tick(), second.cycle.tick()]);
    expect(results.filter((result) => result.ran)).toHaveLength(1);
    await Promise.all([tickUntilDone(first), tickUntilDone(second)]);

    expectExactlyOnePromptEach(fake, seeded);
    for (const { group } of seeded) {
      const rounds = await first.repositories.dispatches.listForPeriod(group.id, PERIOD);
      expect(rounds.map((round) => round.kind).sort()).toEqual(['pledges', 'prompt']);
    }
  });

  test('when the tick lease is held by a crashed instance, then ticks wait for it to expire and the dispatch rows still keep it exact', async () => {
    const prefix = uniqueTablePrefix();
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(prefix, clock);
    const seeded = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 4,
      serviceUrl: fake.serviceUrl,
    });
    await target.repositories.leases.acquire(
      'scheduler-tick',
      'crashed-instance',
      new Date(clock.now().getTime() + 60_000),
      clock.now(),
    );
    expect(await target.cycle.tick()).toMatchObject({ ran: false });
    clock.advance(61_000);
    await tickUntilDone(target);
    expectExactlyOnePromptEach(fake, seeded);
  });

  test('when the reminder time comes, then only those without a report get one reminder', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const [{ group, members }] = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 4,
      serviceUrl: fake.serviceUrl,
    });
    await tickUntilDone(target);
    const context = (await target.deps.reports.context(members[0].memberKey, group.id, PERIOD))!;
    await target.deps.reports.submitNothingToReport(context);

    clock.set(new Date(REMINDER_TIME.getTime() + 1000));
    await tickUntilDone(target);
    const reminded = members.filter((member) => fake.deliveredTo(personalConversationId(member)).length === 2);
    expect(reminded.map((member) => member.memberKey)).toEqual(members.slice(1).map((member) => member.memberKey));
    expect(fake.deliveredTo(personalConversationId(members[0]))).toHaveLength(1);
    const reminder = fake.deliveredTo(personalConversationId(members[1]))[1].activity;
    expect(JSON.stringify(reminder)).toContain('Påminnelse: lägesbild v47–48 2026');

    clock.set(new Date(DEADLINE.getTime() + 1000));
    await target.cycle.tick();
    expect(fake.delivered).toHaveLength(4 + 3);
  });

  test('when the deadline passes, then the compiled lägesbild goes privately to the samordnare once, and members get nothing', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const seeded = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 3,
      serviceUrl: fake.serviceUrl,
      samordnare: true,
    });
    const [{ group, members }] = seeded;
    await tickUntilDone(target);
    const promptsOnly = fake.delivered.length;

    clock.set(new Date(DEADLINE.getTime() + 60_000));
    await tickUntilDone(target);
    await target.cycle.tick();

    const after = fake.delivered.slice(promptsOnly);
    expect(after.map((item) => item.conversationId)).toEqual([personalConversationId(members[0])]);
    const review = JSON.stringify(after[0].activity);
    expect(review).toContain('Lägesbilden för v47–48 2026 är sammanställd.');
    expect(review).toContain('Publicera');
    expect(await target.repositories.publications.get(group.id, PERIOD)).toBeUndefined();
  });

  test('when medborgarlöften activities are due, then their owner gets them 1:1 with the prompt and the council channel gets one post', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const [{ group, members }] = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 3,
      serviceUrl: fake.serviceUrl,
    });
    await target.repositories.groups.updateSettings({
      ...group,
      council: {
        teamId: '19:rad',
        channelId: '19:rad-kanal',
        name: 'Rådet',
        tenantId: group.tenantId,
        serviceUrl: fake.serviceUrl,
      },
    });
    const activity = (id: string, due: string, ownerMemberKey?: string) => ({
      id,
      focusAreaId: 'f',
      description: `Aktivitet ${id}`,
      ownerParty: 'polisen',
      ownerMemberKey,
      due,
      status: 'pagar' as const,
    });
    await target.repositories.pledges.create({
      id: 'p',
      groupId: group.id,
      title: 'Medborgarlöfte 2026',
      start: '2026-01-01',
      end: '2026-12-31',
      parties: ['polisen', 'kommunen'],
      focusAreas: [{ id: 'f', name: 'Trafik', problem: '' }],
      activities: [
        activity('soon', '2026-12-10', members[1].memberKey),
        activity('late', '2026-11-01'),
        activity('later', '2027-03-01', members[2].memberKey),
      ],
    });

    await tickUntilDone(target);
    await target.cycle.tick();

    const owner = fake.deliveredTo(personalConversationId(members[1])).map((item) => JSON.stringify(item.activity));
    expect(owner).toHaveLength(2);
    expect(owner.find((text) => text.includes('Medborgarlöften: aktiviteter att följa upp'))).toContain(
      'Aktivitet soon',
    );
    expect(fake.deliveredTo(personalConversationId(members[2]))).toHaveLength(1);
    const council = fake.deliveredTo('19:rad-kanal').map((item) => JSON.stringify(item.activity));
    expect(council).toHaveLength(1);
    expect(council[0]).toContain('Aktivitet late (Polisen) **försenad**, skulle vara klar 2026-11-01');
    expect(council[0]).not.toContain('Aktivitet later');
  });

  test('when the service was down all Monday, then Tuesday afternoon the prompt goes out and no reminder right after it', async () => {
    const clock = new FixedClock(new Date(REMINDER_TIME.getTime() + 3600_000));
    const target = await service(uniqueTablePrefix(), clock);
    const seeded = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 3,
      serviceUrl: fake.serviceUrl,
    });
    await tickUntilDone(target);
    await tickUntilDone(target);
    expectExactlyOnePromptEach(fake, seeded);
    const dispatches = await target.repositories.dispatches.listForPeriod(seeded[0].group.id, PERIOD);
    expect(dispatches.map((dispatch) => [dispatch.kind, dispatch.planned]).sort()).toEqual([
      ['pledges', 0],
      ['prompt', 3],
      ['reminder', 0],
    ]);
  });

  test('when a member has blocked the bot, then they are marked unreachable without retries and the samordnare is told', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const [{ group, members }] = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 3,
      serviceUrl: fake.serviceUrl,
      samordnare: true,
    });
    fake.setFaults({ forbidden: new Set([members[2].teamsUserId]) });

    await tickUntilDone(target);

    const entries = await target.repositories.outbox.listForPeriod(group.id, PERIOD);
    expect(entries.find((entry) => entry.memberKey === members[2].memberKey)).toMatchObject({
      state: 'unreachable',
      attempts: 1,
      lastStatus: 403,
    });
    expect(fake.requests.filter((request) => request.status === 403)).toHaveLength(1);
    const notices = fake
      .deliveredTo(personalConversationId(members[0]))
      .map((item) => (typeof item.activity.text === 'string' ? item.activity.text : ''));
    expect(notices.some((text) => text.includes('kunde inte levereras till 1 person: Medlem 0-2'))).toBe(true);
  });

  test('when a member left the team or was excluded, then they get no prompt', async () => {
    const clock = new FixedClock(new Date(PROMPT_TIME.getTime() + 30_000));
    const target = await service(uniqueTablePrefix(), clock);
    const [{ group, members }] = await seedGroups(target.repositories, {
      groups: 1,
      membersPerGroup: 3,
      serviceUrl: fake.serviceUrl,
    });
    await target.repositories.members.deactivate(group.id, members[1].memberKey);
    await target.repositories.members.updateAdministration(group.id, members[2].memberKey, { excluded: true });
    await tickUntilDone(target);
    expect(fake.delivered.map((item) => item.conversationId)).toEqual([personalConversationId(members[0])]);
  });
});
