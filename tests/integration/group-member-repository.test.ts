import { defaultEventTypes } from '../../src/domain/event-types';
import type { Group, GroupMember } from '../../src/domain/group';
import { DEFAULT_CYCLE } from '../../src/domain/schedule';
import { encodeKeyPart } from '../../src/storage/keys';
import { createTestTables, type TestTables } from '../helpers/tables';

const now = new Date('2026-11-22T09:00:00Z');
const group: Group = {
  id: '19:team@thread.tacv2',
  tenantId: 'tenant',
  name: 'EST Fagersta',
  serviceUrl: 'https://smba.example.test/',
  areas: [{ id: 'ordning', label: 'Ordningsstörning och otrygghet' }],
  omraden: ['Centrum'],
  eventTypes: defaultEventTypes(),
  schedule: { anchorDate: '2025-12-29', lengthDays: 14, deadlineWeekday: 3, deadlineTime: '12:00', ...DEFAULT_CYCLE },
  installedAt: now,
};
const member = (key: string, name: string): GroupMember => ({
  groupId: group.id,
  memberKey: key,
  teamsUserId: `29:${key}`,
  aadObjectId: key,
  name,
  role: 'member',
  excluded: false,
  active: true,
  joinedAt: now,
});

describe('group, member and conversation repositories against Azurite', () => {
  let tables: TestTables;
  beforeEach(async () => {
    tables = await createTestTables();
  });
  afterEach(async () => {
    await tables.drop();
  });

  test('when a group is created twice, then the first one and its settings are kept', async () => {
    expect((await tables.repositories.groups.createIfMissing(group)).created).toBe(true);
    const second = await tables.repositories.groups.createIfMissing({
      ...group,
      omraden: ['Annat'],
      name: 'Nytt namn',
    });
    expect(second).toEqual({ group, created: false });
    await tables.repositories.groups.updateTeamFacts(group.id, {
      name: 'EST Fagersta kommun',
      serviceUrl: 'https://other/',
    });
    expect(await tables.repositories.groups.get(group.id)).toEqual({
      ...group,
      name: 'EST Fagersta kommun',
      serviceUrl: 'https://other/',
    });
  });

  test('when a group row was stored before händelsetyper, then it reads with the default list, and a change is kept', async () => {
    await tables.repositories.groups.createIfMissing(group);
    const row = await tables.clients.groups.getEntity<Record<string, unknown>>('group', encodeKeyPart(group.id));
    const { eventTypesJson: _dropped, etag: _etag, timestamp: _timestamp, ...before } = row;
    await tables.clients.groups.upsertEntity(before as { partitionKey: string; rowKey: string }, 'Replace');
    expect((await tables.repositories.groups.get(group.id))?.eventTypes).toEqual(defaultEventTypes());
    const changed = { ...group, eventTypes: [{ id: 'klotter', label: 'Klotter', retired: true }] };
    await tables.repositories.groups.updateSettings(changed);
    expect((await tables.repositories.groups.get(group.id))?.eventTypes).toEqual(changed.eventTypes);
  });

  test('when a roster is recorded again, then names are refreshed and roles and organisations kept', async () => {
    const members = tables.repositories.members;
    await members.upsertFromRoster([member('a', 'Anna'), member('b', 'Bo')]);
    await members.setRole(group.id, 'a', 'samordnare');
    await members.upsertFromRoster([member('a', 'Anna Andersson'), member('b', 'Bo'), member('c', 'Cecilia')]);
    const listed = await members.listByGroup(group.id);
    expect(listed.map((item) => [item.memberKey, item.name, item.role]).sort()).toEqual([
      ['a', 'Anna Andersson', 'samordnare'],
      ['b', 'Bo', 'member'],
      ['c', 'Cecilia', 'member'],
    ]);
    expect(await members.groupIdsOf('c')).toEqual([group.id]);
    expect(await members.groupIdsOf('nobody')).toEqual([]);
  });

  test('when two install events record the same roster at once, then the samordnare role survives', async () => {
    const members = tables.repositories.members;
    const roster = Array.from({ length: 150 }, (_, n) => member(`m${n}`, `Medlem ${n}`));
    await Promise.all([
      members.upsertFromRoster(roster).then(() => members.setRole(group.id, 'm0', 'samordnare')),
      members.upsertFromRoster(roster),
    ]);
    await members.upsertFromRoster(roster);
    expect((await members.get(group.id, 'm0'))?.role).toBe('samordnare');
    expect(await members.listByGroup(group.id)).toHaveLength(150);
  });

  test('when channels and a personal conversation are stored, then they read back as written', async () => {
    await tables.repositories.groups.upsertChannels([
      { groupId: group.id, channelId: group.id, name: 'General' },
      { groupId: group.id, channelId: '19:rad', name: 'Trygghetsrådet' },
    ]);
    expect((await tables.repositories.groups.listChannels(group.id)).map((channel) => channel.name).sort()).toEqual([
      'General',
      'Trygghetsrådet',
    ]);
    const conversation = {
      memberKey: 'a',
      tenantId: 'tenant',
      teamsUserId: '29:a',
      conversationId: 'a:1',
      serviceUrl: 'https://smba/',
      reference: { conversation: { id: 'a:1' }, bot: { id: '28:bot' } },
      updatedAt: now,
    };
    await tables.repositories.conversations.upsertPersonal(conversation);
    expect(await tables.repositories.conversations.getPersonal('a')).toEqual(conversation);
  });
});
