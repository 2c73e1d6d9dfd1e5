/**
 * PartitionKey/RowKey builders. Table keys may not contain `/ \ # ?` or control characters, and we
 * join parts with `|`, so every part is encoded: anything but `A–Z a–z 0–9 - _ . : @ = + , ;`
 * becomes `!XXXX` (the UTF-16 code unit in hex). The encoding is reversible, keeps ordinary Teams
 * ids readable, and leaves only characters below `|` in a part, so `prefix|` … `prefix|~` is a
 * safe range query over everything that starts with `prefix|`.
 */
const UNSAFE = /[^A-Za-z0-9\-_.:@=+,;]/g;

export function encodeKeyPart(value: string): string {
  if (value.length === 0) throw new Error('a key part may not be empty');
  return value.replace(UNSAFE, (char) => `!${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function decodeKeyPart(value: string): string {
  return value.replace(/!([0-9a-f]{4})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The end of a range query over all keys that start with `prefix` (which ends with `|`). */
export function rangeEnd(prefix: string): string {
  return `${prefix}~`;
}

/** Every current report row of a partition starts with this. */
export const REPORT_ROW_PREFIX = 'report|';

const join = (...parts: string[]): string => parts.join('|');

export const keys = {
  group: (groupId: string) => ({ partitionKey: 'group', rowKey: encodeKeyPart(groupId) }),
  channel: (groupId: string, channelId: string) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: encodeKeyPart(channelId),
  }),
  channelsOf: (groupId: string) => encodeKeyPart(groupId),
  member: (groupId: string, memberKey: string) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: encodeKeyPart(memberKey),
  }),
  membersOf: (groupId: string) => encodeKeyPart(groupId),
  membership: (memberKey: string, groupId: string) => ({
    partitionKey: encodeKeyPart(memberKey),
    rowKey: encodeKeyPart(groupId),
  }),
  membershipsOf: (memberKey: string) => encodeKeyPart(memberKey),
  personalConversation: (memberKey: string) => ({ partitionKey: encodeKeyPart(memberKey), rowKey: 'personal' }),
  /** All reports, drafts and versions of one group and period share a partition: one query per screen. */
  reportPartition: (groupId: string, periodId: string) => join(encodeKeyPart(groupId), encodeKeyPart(periodId)),
  reportPartitionsOf: (groupId: string) => join(encodeKeyPart(groupId), ''),
  report: (memberKey: string) => `${REPORT_ROW_PREFIX}${encodeKeyPart(memberKey)}`,
  reportVersion: (memberKey: string, version: number) =>
    join('version', encodeKeyPart(memberKey), String(version).padStart(6, '0')),
  reportVersionPrefix: (memberKey: string) => join('version', encodeKeyPart(memberKey), ''),
  draft: (memberKey: string) => join('draft', encodeKeyPart(memberKey)),
  /** The samordnare's review of the period, beside its reports. */
  review: 'review',
  draftsPrefix: () => join('draft', ''),
  dispatch: (groupId: string, periodId: string, kind: string, seq: number) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: join(encodeKeyPart(periodId), kind, String(seq).padStart(3, '0')),
  }),
  dispatchesOfPeriodPrefix: (periodId: string) => join(encodeKeyPart(periodId), ''),
  outboxPartition: (groupId: string, periodId: string) => join(encodeKeyPart(groupId), encodeKeyPart(periodId)),
  outboxPartitionsOf: (groupId: string) => join(encodeKeyPart(groupId), ''),
  outboxEntry: (kind: string, seq: number, memberKey: string) =>
    join(kind, String(seq).padStart(3, '0'), encodeKeyPart(memberKey)),
  outboxOfDispatchPrefix: (kind: string, seq: number) => join(kind, String(seq).padStart(3, '0'), ''),
  /** A place's position on the map, beside the groups in their table. */
  position: (groupId: string, placeKey: string) => ({
    partitionKey: join('position', encodeKeyPart(groupId)),
    rowKey: encodeKeyPart(placeKey),
  }),
  positionsOf: (groupId: string) => join('position', encodeKeyPart(groupId)),
  lease: (name: string) => ({ partitionKey: 'lease', rowKey: encodeKeyPart(name) }),
  publication: (groupId: string, periodId: string) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: encodeKeyPart(periodId),
  }),
  publicationsOf: (groupId: string) => encodeKeyPart(groupId),
  pledge: (groupId: string, pledgeId: string) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: join('pledge', encodeKeyPart(pledgeId)),
  }),
  pledgesPrefix: () => 'pledge|',
  pledgeUpdate: (groupId: string, pledgeId: string, activityId: string, at: Date, nonce: string) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: join(
      'update',
      encodeKeyPart(pledgeId),
      encodeKeyPart(activityId),
      at.toISOString().replace(/[:.]/g, '-'),
      nonce,
    ),
  }),
  pledgeUpdatesPrefix: (pledgeId: string) => join('update', encodeKeyPart(pledgeId), ''),
  pledgesOf: (groupId: string) => encodeKeyPart(groupId),
  insats: (groupId: string, insatsId: string) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: join('insats', encodeKeyPart(insatsId)),
  }),
  insatserPrefix: () => 'insats|',
  insatsUpdate: (groupId: string, insatsId: string, at: Date, nonce: string) => ({
    partitionKey: encodeKeyPart(groupId),
    rowKey: join('update', encodeKeyPart(insatsId), at.toISOString().replace(/[:.]/g, '-'), nonce),
  }),
  insatsUpdatesPrefix: (insatsId?: string) => (insatsId ? join('update', encodeKeyPart(insatsId), '') : 'update|'),
  insatserOf: (groupId: string) => encodeKeyPart(groupId),
  /** A police event: by its location name (lower case), and its id, zero-padded so ids sort. */
  policeEvent: (location: string, id: number) => ({
    partitionKey: join('event', encodeKeyPart(location)),
    rowKey: String(id).padStart(16, '0'),
  }),
  policeEventsOf: (location: string) => join('event', encodeKeyPart(location)),
  /** Every police event partition starts with this. */
  policeEventPartitionPrefix: 'event|',
  policeFetchState: () => ({ partitionKey: 'fetch', rowKey: 'state' }),
} as const;
