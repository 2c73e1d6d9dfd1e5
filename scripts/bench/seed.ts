import { randomBytes } from 'node:crypto';
import { areasFromLabels } from '../../src/domain/areas';
import { defaultEventTypes } from '../../src/domain/event-types';
import { type Group, type GroupMember } from '../../src/domain/group';
import { currentReportingPeriod, type ReportingPeriod } from '../../src/domain/periods';
import type { Observation } from '../../src/domain/report';
import { DEFAULT_CYCLE } from '../../src/domain/schedule';
import type { Repositories } from '../../src/storage/repositories';
import { cardActionActivity, messageActivity, type WireSender } from '../wire-activities';

/** The benchmark's groups and members: what a year of real use leaves in the tables. */

export const SCHEDULE = {
  anchorDate: '2024-12-30',
  lengthDays: 14,
  deadlineWeekday: 3,
  deadlineTime: '12:00',
  ...DEFAULT_CYCLE,
};
export const AREAS = areasFromLabels([
  'Ordningsstörning och otrygghet',
  'Hot och våld',
  'Ungdomar och skolor',
  'Övrigt',
]);
export const OMRADEN = ['Centrum', 'Västanfors', 'Kolarbyn', 'Norra Fagersta'];
export const BOT = { id: '28:lagesbild-bench', name: 'Lägesbild' };

export interface BenchMember {
  member: GroupMember;
  tenantId: string;
  conversationId: string;
}

/** One group with `size` members, each with a stored 1:1 conversation on `serviceUrl`. */
export async function seedGroup(
  repositories: Repositories,
  options: { name: string; tenantId: string; size: number; serviceUrl: string },
): Promise<{ group: Group; members: BenchMember[] }> {
  const id = `19:${options.name}-${randomBytes(3).toString('hex')}@thread.tacv2`;
  const group: Group = {
    id,
    tenantId: options.tenantId,
    name: options.name,
    serviceUrl: options.serviceUrl,
    areas: AREAS,
    omraden: OMRADEN,
    eventTypes: defaultEventTypes(),
    schedule: SCHEDULE,
    installedAt: new Date('2025-01-01T00:00:00Z'),
  };
  await repositories.groups.createIfMissing(group);
  const members: GroupMember[] = Array.from({ length: options.size }, (_, index) => ({
    groupId: id,
    memberKey: `aad-${options.name}-${index}`,
    teamsUserId: `29:${options.name}-${index}`,
    aadObjectId: `aad-${options.name}-${index}`,
    name: `Medlem ${index}`,
    role: index === 0 ? 'samordnare' : 'member',
    organisation: ['Polisen', 'Kommunen', 'Bostadsbolaget', 'Skolan'][index % 4],
    excluded: false,
    active: true,
    joinedAt: new Date('2025-01-01T00:00:00Z'),
  }));
  await repositories.members.upsertFromRoster(members);
  const seeded = members.map((member) => ({
    member,
    tenantId: options.tenantId,
    conversationId: `a:personal-${member.teamsUserId}`,
  }));
  await inBatches(seeded, 16, ({ member, conversationId }) =>
    repositories.conversations.upsertPersonal({
      memberKey: member.memberKey,
      tenantId: options.tenantId,
      teamsUserId: member.teamsUserId,
      conversationId,
      serviceUrl: options.serviceUrl,
      reference: {
        user: { id: member.teamsUserId, aadObjectId: member.aadObjectId, name: member.name },
        bot: BOT,
        conversation: { id: conversationId, conversationType: 'personal', tenantId: options.tenantId },
        channelId: 'msteams',
        locale: 'sv-SE',
        serviceUrl: options.serviceUrl,
      },
      locale: 'sv-SE',
      updatedAt: new Date(),
    }),
  );
  return { group, members: seeded };
}

/** Runs `work` over `items`, `concurrency` at a time. */
export async function inBatches<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

export function observation(index: number, period: ReportingPeriod): Observation {
  const day = new Date(period.start.getTime() + (index % 10) * 86_400_000 + 12 * 3_600_000);
  return {
    id: `o${index}`,
    areaId: AREAS[index % AREAS.length].id,
    omrade: OMRADEN[index % OMRADEN.length],
    omradeIsOther: false,
    place: index % 2 === 0 ? 'Stationsparken' : undefined,
    date: day.toISOString().slice(0, 10),
    timeOfDay: (['morgon', 'dag', 'kvall', 'natt'] as const)[index % 4],
    description: `Klotter och nedskräpning vid busshållplatsen, iakttagelse nummer ${index}.`,
    assessment: (['lag', 'medel', 'hog'] as const)[index % 3],
    trend: (['okar', 'oforandrat', 'minskar', 'vet-ej'] as const)[index % 4],
    policeReported: (['ja', 'nej', 'vet-ej'] as const)[index % 3],
  };
}

/** A draft with two observations for each member: the submit then sends the third from the form. */
export async function seedDrafts(repositories: Repositories, group: Group, members: readonly BenchMember[]) {
  const period = currentReportingPeriod(group.schedule, new Date());
  await inBatches(members, 16, ({ member }) =>
    repositories.reports.saveDraft(
      {
        groupId: group.id,
        periodId: period.id,
        memberKey: member.memberKey,
        updatedAt: new Date(),
        observations: [observation(1, period), observation(2, period)],
      },
      undefined,
    ),
  );
  return period;
}

/** The observation form as the report card sends it (the third observation). */
export const FORM = {
  area: AREAS[0].id,
  omrade: 'Centrum',
  omradeAnnat: '',
  plats: 'Stationsparken',
  datum: '',
  tidpunkt: 'kvall',
  beskrivning: 'Klotter och en grupp som skapar otrygghet vid busshållplatsen.',
  bedomning: 'medel',
  trend: 'okar',
  polisanmalt: 'nej',
};

const sender = ({ member, conversationId, tenantId }: BenchMember): WireSender => ({
  id: member.teamsUserId,
  aadObjectId: member.aadObjectId,
  name: member.name,
  conversationId,
  tenantId,
});

/** The `Action.Execute` invoke of Skicka rapporten. */
export function submitInvoke(
  member: BenchMember,
  group: Group,
  periodId: string,
  serviceUrl: string,
  sequence: number,
) {
  const data = { groupId: group.id, periodId, editingId: '', ...FORM };
  return JSON.stringify(
    cardActionActivity(sender(member), { bot: BOT, serviceUrl, id: `bench-${sequence}` }, 'report.submit', data),
  );
}

/** The `rapportera` message. */
export function reportMessage(member: BenchMember, serviceUrl: string, sequence: number) {
  return JSON.stringify(
    messageActivity(sender(member), { bot: BOT, serviceUrl, id: `bench-${sequence}` }, 'rapportera'),
  );
}
