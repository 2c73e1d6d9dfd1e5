import type { Group, GroupChannel } from '../domain/group';
import type { GroupRepository } from './repositories';

/**
 * Groups read through a short-lived cache. Every turn and card action reads its group, and a
 * group's row changes a few times a year (settings, the council channel, a renamed team): reading
 * it once per `ttlMs` takes a storage round trip off every request. Writes through this instance
 * drop the entry at once; another instance sees a change within `ttlMs`.
 */
export class CachedGroupRepository implements GroupRepository {
  private readonly entries = new Map<string, { group: Group | undefined; until: number }>();

  constructor(
    private readonly inner: GroupRepository,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 5_000,
  ) {}

  async get(groupId: string): Promise<Group | undefined> {
    const cached = this.entries.get(groupId);
    if (cached && cached.until > this.now()) return cached.group;
    const group = await this.inner.get(groupId);
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(groupId, { group, until: this.now() + this.ttlMs });
    return group;
  }

  list(): Promise<Group[]> {
    return this.inner.list();
  }

  async updateSettings(group: Group): Promise<void> {
    this.entries.delete(group.id);
    await this.inner.updateSettings(group);
    this.entries.delete(group.id);
  }

  async createIfMissing(group: Group): Promise<{ group: Group; created: boolean }> {
    this.entries.delete(group.id);
    const result = await this.inner.createIfMissing(group);
    this.entries.delete(group.id);
    return result;
  }

  async updateTeamFacts(groupId: string, facts: { name: string; serviceUrl: string }): Promise<void> {
    this.entries.delete(groupId);
    await this.inner.updateTeamFacts(groupId, facts);
    this.entries.delete(groupId);
  }

  upsertChannels(channels: GroupChannel[]): Promise<void> {
    return this.inner.upsertChannels(channels);
  }

  listChannels(groupId: string): Promise<GroupChannel[]> {
    return this.inner.listChannels(groupId);
  }
}
