import { TableClient } from '@azure/data-tables';
import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { FixedClock } from '../../src/domain/clock';
import { compileSituationPicture } from '../../src/domain/compile';
import type { Publication } from '../../src/domain/publication';
import type { Report } from '../../src/domain/report';
import { createLogger } from '../../src/logger';
import { seedGroups, type SeededGroup } from '../helpers/seed';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

const NOW = new Date('2026-11-22T09:00:00Z');
const DESCRIPTION = 'Glaskross och nedskräpning vid lekplatsen efter helgen.';
const ANALYSIS = 'Oron kring lekplatsen har ökat under hösten.';

describe('gallring of what was published: free texts removed after PUBLICATION_RETENTION_MONTHS', () => {
  let service: Service;
  let seeded: SeededGroup;
  let prefix: string;
  const clock = new FixedClock(NOW);

  /** A published record of the period with one observation's text and an analysis, published at `at`. */
  function publication(periodId: string, at: Date): Publication {
    const { group, members } = seeded;
    const report: Report = {
      groupId: group.id,
      periodId,
      memberKey: members[0].memberKey,
      organisation: 'Polisen',
      nothingToReport: false,
      observations: [
        {
          id: 'o1',
          areaId: group.areas[0].id,
          omrade: 'Centrum',
          omradeIsOther: false,
          description: DESCRIPTION.repeat(300), // over one 32 K chunk: every chunk must go
          assessment: 'medel',
          trend: 'okar',
          policeReported: 'nej',
          timeOfDay: 'kvall',
        },
      ],
      version: 1,
      contentHash: 'h',
      submittedAt: at,
    };
    const picture = compileSituationPicture({
      groupId: group.id,
      periodId,
      previousPeriodId: periodId,
      areas: group.areas,
      eventTypes: group.eventTypes,
      members,
      reports: [report],
      previousReports: [],
    });
    return {
      groupId: group.id,
      periodId,
      content: { picture, analysis: ANALYSIS, insatser: '' },
      contentHash: `hash-${periodId}`,
      publishedBy: { memberKey: members[0].memberKey, name: 'Samordnare' },
      publishedAt: at,
      channel: { teamId: group.id, channelId: 'rad', name: 'Trygghetsrådet' },
      state: 'published',
      activityId: 'activity-1',
    };
  }

  beforeAll(async () => {
    prefix = uniqueTablePrefix();
    const config = loadConfig({
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
      PUBLICATION_RETENTION_MONTHS: '12',
    });
    service = await composeService(config, createLogger('silent'), { clock });
    [seeded] = await seedGroups(service.repositories, {
      groups: 1,
      membersPerGroup: 2,
      serviceUrl: 'http://127.0.0.1:1/',
    });
    await service.repositories.publications.create(publication('2025-W21', new Date('2025-06-04T10:00:00Z')));
    await service.repositories.publications.create(publication('2026-W45', new Date('2026-11-11T10:00:00Z')));
  });

  test('when retention runs, then an old record keeps its figures, who, when, where and hash but none of its texts; a recent one is untouched', async () => {
    expect(await service.retention.run()).toMatchObject({ publicationTexts: 1 });
    const old = (await service.repositories.publications.get(seeded.group.id, '2025-W21'))!.value;
    expect(old).toMatchObject({
      contentHash: 'hash-2025-W21',
      publishedBy: { name: 'Samordnare' },
      publishedAt: new Date('2025-06-04T10:00:00Z'),
      channel: { name: 'Trygghetsrådet' },
      state: 'published',
      activityId: 'activity-1',
    });
    expect(old.content.picture.totalObservations).toBe(1);
    expect(old.content.picture.areas[0].count).toBe(1);
    expect(old.content.textsRemovedAt).toBe(NOW.toISOString());
    expect(old.content.analysis).toBe('');

    // Not a byte of the texts is left in the stored row (every chunk of the content was replaced).
    const client = TableClient.fromConnectionString(testConnectionString(), `${prefix}Publications`, {
      allowInsecureConnection: true,
    });
    const rows = [];
    for await (const entity of client.listEntities()) rows.push(entity);
    const oldRow = JSON.stringify(rows.find((row) => String(row.rowKey) === '2025-W21'));
    expect(oldRow).toContain('hash-2025-W21');
    expect(oldRow).not.toContain('Glaskross');
    expect(oldRow).not.toContain('Oron kring');

    const recent = (await service.repositories.publications.get(seeded.group.id, '2026-W45'))!.value;
    expect(recent.content.analysis).toBe(ANALYSIS);
    expect(JSON.stringify(recent.content)).toContain('Glaskross');

    expect(await service.retention.run()).toMatchObject({ publicationTexts: 0 });
  });
});
