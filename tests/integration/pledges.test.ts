import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/dev-stack';
import { FixedClock } from '../../src/domain/clock';
import type { Group, GroupMember } from '../../src/domain/group';
import { PledgeService } from '../../src/services/pledge-service';
import { seedGroups } from '../helpers/seed';
import { createTestTables, testConnectionString, type TestTables } from '../helpers/tables';

const FIXTURES = join(__dirname, '..', 'fixtures');

describe('medborgarlöften in storage', () => {
  let tables: TestTables;
  let group: Group;
  let members: GroupMember[];
  let folder: string;

  beforeAll(async () => {
    tables = await createTestTables();
    folder = mkdtempSync(join(tmpdir(), 'lagesbild-pledges-'));
    [{ group, members }] = await seedGroups(tables.repositories, {
      groups: 1,
      membersPerGroup: 3,
      serviceUrl: 'http://127.0.0.1:9/',
      samordnare: true,
    });
  });
  afterAll(async () => {
    await tables.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const importFile = (file: string) =>
    spawnSync(
      process.execPath,
      ['--no-deprecation', join(ROOT, 'dist', 'scripts', 'pledges-import.js'), '--group', 'EST 0', file],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          STORAGE_CONNECTION_STRING: testConnectionString(),
          TABLE_PREFIX: tables.prefix,
        },
        timeout: 30_000,
      },
    );

  test('when Arboga’s and Fagersta’s pledges are imported, then both are stored with their focus areas and activities', async () => {
    const arboga = importFile(join(FIXTURES, 'arboga-2023.json'));
    expect(arboga.stderr).toBe('');
    expect(arboga.stdout).toBe('Importerade "Medborgarlöfte Arboga 2023" till EST 0: 4 fokusområden, 4 aktiviteter.\n');
    const fagersta = importFile(join(FIXTURES, 'fagersta-2022.csv'));
    expect(fagersta.status).toBe(0);
    const pledges = await tables.repositories.pledges.list(group.id);
    expect(pledges.map((pledge) => [pledge.title, pledge.focusAreas.length, pledge.activities.length])).toEqual([
      ['Medborgarlöfte Arboga 2023', 4, 4],
      ['Inriktning för medborgarlöfte mars–maj 2022', 3, 5],
    ]);
  });

  test('when a file has errors, then each is reported with its line and nothing is imported', async () => {
    const before = (await tables.repositories.pledges.list(group.id)).length;
    const file = join(folder, 'fel.csv');
    writeFileSync(
      file,
      [
        'titel;start;slut;parter;fokusomrade;problem;aktivitet;agare;ansvarig;aktivitet_start;klart;mal',
        'Löfte 2026;2026-01-01;2026-12-31;polisen,kommunen;Trafik;;Trafikkontroller;polisen;Medlem 0-1;;2026-06-30;',
        ';;;;Trafik;;Hastighetsmätning;kommunen;Finns Inte;;2026-06-30;',
      ].join('\n'),
    );
    const result = importFile(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Inget importerades. Rätta felen och försök igen:\n  rad 3: ansvarig: ingen medlem i gruppen heter "Finns Inte"\n',
    );
    expect(await tables.repositories.pledges.list(group.id)).toHaveLength(before);
  });

  test('when the owner person or a samordnare sets a status, then it is kept with who and when; others are refused', async () => {
    const clock = new FixedClock(new Date('2026-11-22T10:00:00Z'));
    const service = new PledgeService(tables.repositories, clock);
    const file = join(folder, 'ok.csv');
    writeFileSync(
      file,
      [
        'titel,start,slut,parter,fokusomrade,problem,aktivitet,agare,ansvarig,aktivitet_start,klart,mal',
        'Löfte 2026,2026-01-01,2026-12-31,polisen;kommunen,Trafik,,Skolbesök,polisen,Medlem 0-1,,2026-11-01,',
      ].join('\n'),
    );
    expect(importFile(file).status).toBe(0);
    const pledge = (await service.list(group)).find((candidate) => candidate.title === 'Löfte 2026')!;
    const activityId = pledge.activities[0].id;
    const [samordnare, owner, other] = members.map((member) => ({
      ...member,
      role: member.memberKey === members[0].memberKey ? ('samordnare' as const) : ('member' as const),
    }));

    expect(
      await service.changeStatus(group, other, {
        pledgeId: pledge.id,
        activityId,
        status: 'genomford',
        comment: '',
        measured: '',
      }),
    ).toEqual({ ok: false, reason: 'forbidden' });
    expect(
      await service.changeStatus(group, owner, {
        pledgeId: pledge.id,
        activityId,
        status: 'pagar',
        comment: 'Ring 070-123 45 67',
        measured: '',
      }),
    ).toMatchObject({ ok: false, reason: 'personalData', field: 'comment' });
    expect((await service.followUp(group, pledge.id))?.focusAreas[0].activities[0].status).toBe('forsenad');

    await service.changeStatus(group, owner, {
      pledgeId: pledge.id,
      activityId,
      status: 'pagar',
      comment: 'Första besöken gjorda',
      measured: '',
    });
    clock.advance(3600_000);
    await service.changeStatus(group, samordnare, {
      pledgeId: pledge.id,
      activityId,
      status: 'genomford',
      comment: 'Polisen har träffat cirka 450 elever',
      measured: 'cirka 450 elever',
    });

    const result = await service.followUp(group, pledge.id);
    const row = result?.focusAreas[0].activities[0];
    expect(row?.status).toBe('genomford');
    expect(row?.updates.map((update) => [update.status, update.byName, update.comment, update.measured])).toEqual([
      ['pagar', 'Medlem 0-1', 'Första besöken gjorda', undefined],
      ['genomford', 'Medlem 0-0', 'Polisen har träffat cirka 450 elever', 'cirka 450 elever'],
    ]);
  });
});
