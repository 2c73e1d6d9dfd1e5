import { currentReportingPeriod } from '../../src/domain/periods';
import type { Repositories } from '../../src/storage/repositories';
import type { ConnectorFake } from '../connector-fake';
import type { Running } from './processes';
import { inBatches, seedGroup } from './seed';

/** What a prompt round through the throttling connector fake achieved. */
export interface FanoutResult {
  members: number;
  tenants: number;
  seconds: number;
  /** Prompts delivered per second, and the most the fake lets through (its limit less its injected 429s). */
  sendsPerSecond: number;
  /**
   * Prompts per second until nine in ten were delivered: the sender's pace without the round's
   * tail, where the last throttled sends can do nothing but wait out their Retry-After.
   */
  steadySendsPerSecond: number;
  ceilingPerSecond: number;
  /** Requests the fake received in its busiest second, over all tenants and for the busiest tenant. */
  busiestSecond: number;
  busiestTenantSecond: number;
  throttled: number;
  /** 429s for going over the fake's per-tenant or per-chat limit rather than injected ones. */
  overLimit: number;
  lost: number;
  doubled: number;
  /** CPU time per prompt delivered, of the service and of Azurite, over the round. */
  cpuMsPerPrompt: { service: number; azurite: number };
}

export const FAKE_LIMITS = { perTenantPerSecond: 50, perConversationPerSecond: 7, throttle: 0.1, retryAfterSeconds: 1 };

/** The most requests of `times` (ms, sorted) that fall into any one-second window. */
function busiest(times: number[]): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while (times[end] - times[start] >= 1000) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/**
 * A prompt round to `tenants` × `perTenant` members, each with a stored 1:1 conversation, through
 * the fake enforcing Teams' limits and answering 10 % of sends with 429 + Retry-After. The round
 * is created as a manual dispatch per group and sent by the service's own tick.
 */
export async function runFanout(
  repositories: Repositories,
  service: Running,
  azurite: Running,
  fake: ConnectorFake,
  jobsSecret: string,
  options: { tenants: number; perTenant: number },
): Promise<FanoutResult> {
  const groups = [];
  for (let t = 0; t < options.tenants; t += 1) {
    groups.push(
      await seedGroup(repositories, {
        name: `fanout${options.tenants}x${t}`,
        tenantId: `tenant-fanout-${options.tenants}x${t}`,
        size: options.perTenant,
        serviceUrl: fake.serviceUrl,
      }),
    );
  }
  const now = new Date();
  await inBatches(groups, 4, ({ group }) =>
    repositories.dispatches.create({
      groupId: group.id,
      periodId: currentReportingPeriod(group.schedule, now).id,
      kind: 'prompt',
      seq: 1,
      trigger: 'manual',
      state: 'planning',
      planned: 0,
      createdAt: now,
    }),
  );
  fake.delivered.splice(0);
  fake.requests.splice(0);
  fake.setFaults(FAKE_LIMITS, 7);

  const started = Date.now();
  const cpuBefore = { service: service.cpuSeconds(), azurite: azurite.cpuSeconds() };
  const tick = () =>
    fetch(`${service.url}/api/jobs/tick`, { method: 'POST', headers: { authorization: `Bearer ${jobsSecret}` } });
  const all = groups.flatMap(({ members }) => members);
  const deadline = started + 180_000;
  while (Date.now() < deadline) {
    await (await tick()).text();
    const unfinished = await repositories.dispatches.listUnfinished();
    if (unfinished.length === 0) break;
  }
  const cpu = { service: service.cpuSeconds() - cpuBefore.service, azurite: azurite.cpuSeconds() - cpuBefore.azurite };
  const last = fake.delivered.reduce((latest, item) => Math.max(latest, item.at), started);
  const seconds = (last - started) / 1000;

  const counts = new Map<string, number>();
  const firsts: number[] = [];
  for (const item of fake.delivered) {
    if (!counts.has(item.conversationId)) firsts.push(item.at);
    counts.set(item.conversationId, (counts.get(item.conversationId) ?? 0) + 1);
  }
  firsts.sort((a, b) => a - b);
  const nineInTen = Math.ceil(all.length * 0.9);
  const perMember = all.map(({ conversationId }) => counts.get(conversationId) ?? 0);
  const sends = fake.requests.filter((request) => request.method === 'POST');
  const byTenant = new Map<string, number[]>();
  for (const request of sends) {
    const list = byTenant.get(request.tenantId ?? '') ?? [];
    list.push(request.at);
    byTenant.set(request.tenantId ?? '', list);
  }
  const ceiling = options.tenants * FAKE_LIMITS.perTenantPerSecond * (1 - FAKE_LIMITS.throttle);
  return {
    members: all.length,
    tenants: options.tenants,
    seconds,
    sendsPerSecond: perMember.filter((count) => count > 0).length / seconds,
    steadySendsPerSecond:
      firsts.length >= nineInTen ? nineInTen / ((firsts[nineInTen - 1] - started) / 1000) : firsts.length / seconds,
    ceilingPerSecond: ceiling,
    busiestSecond: busiest(sends.map((request) => request.at).sort((a, b) => a - b)),
    busiestTenantSecond: Math.max(...[...byTenant.values()].map((times) => busiest(times.sort((a, b) => a - b)))),
    throttled: sends.filter((request) => request.status === 429).length,
    overLimit: sends.filter(
      (request) => request.throttledBy === 'tenant limit' || request.throttledBy === 'conversation limit',
    ).length,
    lost: perMember.filter((count) => count === 0).length,
    doubled: perMember.filter((count) => count > 1).length,
    cpuMsPerPrompt: {
      service: (cpu.service * 1000) / fake.delivered.length,
      azurite: (cpu.azurite * 1000) / fake.delivered.length,
    },
  };
}
