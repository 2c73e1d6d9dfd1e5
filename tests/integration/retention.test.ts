import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { FixedClock } from '../../src/domain/clock';
import { compileSituationPicture } from '../../src/domain/compile';
import type { Report } from '../../src/domain/report';
import { listen } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { seedGroups, type SeededGroup } from '../helpers/seed';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

const SECRET = 'jobs-secret-for-the-test-0123456789abcdef';
/** Retention of 6 months at 2026-11-22: periods that ended on or before 2026-05-22 go. */
const NOW = new Date('2026-11-22T09:00:00Z');
const OLD = ['2026-W01', '2026-W19']; // ended 2026-01-26 and 2026-05-18
const KEPT = ['2026-W21', '2026-W45']; // ended 2026-06-01 and 2026-11-16

describe('retention: raw reports deleted after RETENTION_MONTHS, lägesbilder kept', () => {
  let service: Service;
  let url: string;
  let seeded: SeededGroup;
  const clock = new FixedClock(NOW);

  beforeAll(async () => {
    const config = loadConfig({
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: uniqueTablePrefix(),
      RETENTION_MONTHS: '6',
      JOBS_SECRET: SECRET,
    });
    service = await composeService(config, createLogger('silent'), { clock });
    ({ url } = await listen(service.server, 0, '127.0.0.1'));
    [seeded] = await seedGroups(service.repositories, {
      groups: 1,
      membersPerGroup: 2,
      serviceUrl: 'http://127.0.0.1:1/',
    });
    const { group, members } = seeded;
    for (const periodId of [...OLD, ...KEPT]) {
      for (const member of members) {
        const report = (version: number): Report => ({
          groupId: group.id,
          periodId,
          memberKey: member.memberKey,
          organisation: 'Polisen',
          nothingToReport: true,
          observations: [],
          version,
          contentHash: `hash-${version}`,
          submittedAt: NOW,
        });
        await service.repositories.reports.submit(report(1), {});
        const current = await service.repositories.reports.getReport(group.id, periodId, member.memberKey);
        await service.repositories.reports.submit(report(2), { reportEtag: current?.etag });
      }
      await service.repositories.outbox.addMissing(
        members.map((member) => ({
          groupId: group.id,
          periodId,
          kind: 'prompt' as const,
          seq: 1,
          memberKey: member.memberKey,
          state: 'sent' as const,
          attempts: 1,
          nextAttemptAt: NOW,
          updatedAt: NOW,
        })),
      );
      await service.repositories.publications.create({
        groupId: group.id,
        periodId,
        content: {
          picture: compileSituationPicture({
            groupId: group.id,
            periodId,
            previousPeriodId: periodId,
            areas: group.areas,
            eventTypes: group.eventTypes,
            members: [],
            reports: [],
            previousReports: [],
          }),
          analysis: '',
          insatser: '',
        },
        contentHash: `picture-${periodId}`,
        publishedBy: { memberKey: members[0].memberKey, name: 'Samordnare' },
        publishedAt: NOW,
        channel: { teamId: group.id, channelId: group.id, name: 'Allmänt' },
        state: 'published',
      });
    }
  });
  afterAll(() => service.server.close());

  const runJob = (authorization?: string) =>
    fetch(`${url}/api/jobs/retention`, { method: 'POST', headers: authorization ? { authorization } : {} });

  test('when the job is asked for without the secret, then it is refused and nothing is deleted', async () => {
    expect((await runJob()).status).toBe(401);
    expect((await runJob('Bearer wrong')).status).toBe(401);
    for (const periodId of OLD)
      expect(await service.repositories.reports.listReports(seeded.group.id, periodId)).toHaveLength(2);
  });

  test('when retention runs, then the old periods’ reports, versions and delivery records are gone, the recent ones and every lägesbild kept; a second run finds nothing', async () => {
    const response = await runJob(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      job: 'retention',
      // 2 periods × 2 members × (current report + 2 versions), and 2 outbox entries per period.
      result: {
        cutoff: '2026-05-22T08:00:00.000Z',
        groups: 1,
        periods: 2,
        reportRows: 12,
        outboxRows: 4,
        downloads: 0,
        publicationTexts: 0,
        policeEvents: 0,
      },
    });
    const { group, members } = seeded;
    for (const periodId of OLD) {
      expect(await service.repositories.reports.listReports(group.id, periodId)).toEqual([]);
      expect(await service.repositories.reports.listVersions(group.id, periodId, members[0].memberKey)).toEqual([]);
      expect(await service.repositories.outbox.listForPeriod(group.id, periodId)).toEqual([]);
    }
    for (const periodId of KEPT) {
      expect(await service.repositories.reports.listReports(group.id, periodId)).toHaveLength(2);
      expect(await service.repositories.reports.listVersions(group.id, periodId, members[1].memberKey)).toHaveLength(2);
      expect(await service.repositories.outbox.listForPeriod(group.id, periodId)).toHaveLength(2);
    }
    expect((await service.repositories.publications.list(group.id)).map((p) => p.periodId).sort()).toEqual(
      [...OLD, ...KEPT].sort(),
    );
    expect(await service.retention.run()).toMatchObject({ periods: 0, reportRows: 0, outboxRows: 0 });
  });

  test('when time moves on, then the next period falls out of retention in its turn', async () => {
    clock.set(new Date('2026-12-02T09:00:00Z')); // cutoff 2026-06-02: 2026-W21 (ended 1 June) goes
    expect(await service.retention.run()).toMatchObject({ periods: 1, reportRows: 6, outboxRows: 2 });
    expect(await service.repositories.reports.listReports(seeded.group.id, '2026-W21')).toEqual([]);
    expect(await service.repositories.reports.listReports(seeded.group.id, '2026-W45')).toHaveLength(2);
  });
});
