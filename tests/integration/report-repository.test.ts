import type { Observation, Report, ReportDraft } from '../../src/domain/report';
import { isAppError } from '../../src/errors';
import { ensureTables } from '../../src/storage/table';
import { createTestTables, type TestTables } from '../helpers/tables';

const GROUP = '19:team/with#odd?chars@thread.tacv2';
const PERIOD = '2026-W47';
const MEMBER = 'aad-member-1';
const now = new Date('2026-11-22T09:00:00Z');

const observation = (n: number, description = `Klotter ${n}`): Observation => ({
  id: `o${n}`,
  areaId: 'ordning',
  omrade: 'Centrum',
  omradeIsOther: false,
  place: 'Stationsparken',
  timeOfDay: 'kvall',
  description,
  assessment: 'medel',
  trend: 'okar',
  policeReported: 'nej',
});
const draft = (observations: Observation[]): ReportDraft => ({
  groupId: GROUP,
  periodId: PERIOD,
  memberKey: MEMBER,
  observations,
  updatedAt: now,
});
const report = (version: number, observations: Observation[]): Report => ({
  groupId: GROUP,
  periodId: PERIOD,
  memberKey: MEMBER,
  organisation: 'Polisen',
  nothingToReport: observations.length === 0,
  observations,
  version,
  contentHash: `hash-${version}`,
  submittedAt: now,
});

const expectConflict = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isAppError(error, 'conflict')).toBe(true);
};

describe('TableReportRepository against Azurite', () => {
  let tables: TestTables;
  beforeEach(async () => {
    tables = await createTestTables();
  });
  afterEach(async () => {
    await tables.drop();
  });
  const reports = () => tables.repositories.reports;

  test('when the tables are ensured again, then nothing fails and nothing is lost', async () => {
    await reports().saveDraft(draft([observation(1)]), undefined);
    await ensureTables(tables.clients);
    expect((await reports().getDraft(GROUP, PERIOD, MEMBER)).draft?.observations).toHaveLength(1);
  });

  test('when nothing is stored, then reads answer undefined rather than failing', async () => {
    expect(await reports().getDraft(GROUP, PERIOD, MEMBER)).toEqual({ draft: undefined, etag: undefined });
    expect(await reports().getReport(GROUP, PERIOD, MEMBER)).toBeUndefined();
    expect(await reports().listReports(GROUP, PERIOD)).toEqual([]);
  });

  test('when two writers save the same draft from the same read, then the second gets a conflict and the first is kept', async () => {
    await reports().saveDraft(draft([observation(1)]), undefined);
    const read = await reports().getDraft(GROUP, PERIOD, MEMBER);
    await reports().saveDraft(draft([observation(1), observation(2)]), read.etag);
    await expectConflict(reports().saveDraft(draft([observation(1), observation(3)]), read.etag));
    await expectConflict(reports().saveDraft(draft([]), undefined));
    const after = await reports().getDraft(GROUP, PERIOD, MEMBER);
    expect(after.draft?.observations.map((item) => item.id)).toEqual(['o1', 'o2']);
  });

  test('when a report is submitted from a draft, then report, version and cleared draft are written together', async () => {
    await reports().saveDraft(draft([observation(1)]), undefined);
    const slot = await reports().getDraft(GROUP, PERIOD, MEMBER);
    await reports().submit(report(1, [observation(1)]), { draftEtag: slot.etag });
    expect((await reports().getReport(GROUP, PERIOD, MEMBER))?.value).toMatchObject({
      version: 1,
      organisation: 'Polisen',
    });
    const cleared = await reports().getDraft(GROUP, PERIOD, MEMBER);
    expect(cleared.draft).toBeUndefined();
    expect(cleared.etag).toBeDefined();
  });

  test('when the draft changed after it was read, then the submit fails whole and nothing is half-written', async () => {
    await reports().saveDraft(draft([observation(1)]), undefined);
    const stale = await reports().getDraft(GROUP, PERIOD, MEMBER);
    await reports().saveDraft(draft([observation(1), observation(2)]), stale.etag);
    await expectConflict(reports().submit(report(1, [observation(1)]), { draftEtag: stale.etag }));
    expect(await reports().getReport(GROUP, PERIOD, MEMBER)).toBeUndefined();
    expect(await reports().listVersions(GROUP, PERIOD, MEMBER)).toEqual([]);
    expect((await reports().getDraft(GROUP, PERIOD, MEMBER)).draft?.observations).toHaveLength(2);
  });

  test('when a report is replaced, then every earlier version is kept; a stale replace is refused', async () => {
    await reports().submit(report(1, [observation(1)]), {});
    const v1 = await reports().getReport(GROUP, PERIOD, MEMBER);
    await reports().submit(report(2, [observation(1), observation(2)]), { reportEtag: v1?.etag });
    await expectConflict(reports().submit(report(2, [observation(9)]), { reportEtag: v1?.etag }));
    await expectConflict(reports().submit(report(1, [observation(9)]), {}));
    const versions = await reports().listVersions(GROUP, PERIOD, MEMBER);
    expect(versions.map((version) => [version.version, version.observations.length])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect((await reports().getReport(GROUP, PERIOD, MEMBER))?.value.version).toBe(2);
  });

  test('when a report is as large as allowed, then it is stored across properties and read back intact', async () => {
    const big = Array.from({ length: 30 }, (_, n) => observation(n, `${'ö'.repeat(999)}${n}`));
    await reports().submit(report(1, big), {});
    const stored = await reports().getReport(GROUP, PERIOD, MEMBER);
    expect(stored?.value.observations).toEqual(big);
  });

  test('when several members have reported, then one partition query lists only their current reports', async () => {
    await reports().submit(report(1, [observation(1)]), {});
    await reports().submit({ ...report(1, []), memberKey: 'aad-member-2' }, {});
    await reports().saveDraft({ ...draft([observation(3)]), memberKey: 'aad-member-3' }, undefined);
    await reports().submit({ ...report(1, []), periodId: '2026-W49' }, {});
    const listed = await reports().listReports(GROUP, PERIOD);
    expect(listed.map((item) => item.memberKey).sort()).toEqual(['aad-member-1', 'aad-member-2']);
  });
});
