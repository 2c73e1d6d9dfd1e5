import type { Config } from '../config/load-config';
import { areasFromLabels } from '../domain/areas';
import type { Clock } from '../domain/clock';
import { defaultEventTypes } from '../domain/event-types';
import { memberKeyOf, type Group, type GroupChannel, type GroupMember } from '../domain/group';
import type { Repositories } from '../storage/repositories';

export interface TeamAccount {
  id: string;
  aadObjectId?: string;
  name?: string;
}

export interface TeamInstallation {
  teamId: string;
  teamName: string;
  tenantId: string;
  serviceUrl: string;
  installer: TeamAccount;
  channels: { id: string; name?: string }[];
  roster: TeamAccount[];
}

export interface PersonalConversationFacts {
  account: TeamAccount;
  tenantId: string;
  serviceUrl: string;
  conversationId: string;
  reference: Record<string, unknown>;
}

/**
 * Captures what Teams tells the bot about teams, members and chats, and nothing else: sending is
 * done elsewhere from what is recorded here.
 */
export class InstallationService {
  /** The 1:1 conversation last read or recorded for each person, as `conversationId|serviceUrl`. */
  private readonly recorded = new Map<string, string>();

  constructor(
    private readonly repositories: Repositories,
    private readonly groupDefaults: Config['groupDefaults'],
    private readonly clock: Clock,
  ) {}

  /**
   * Records the team as an EST group with its channels and members. The installing user becomes the
   * group's first samordnare when the group is new. Safe to repeat: a second install event keeps the
   * group's settings and the members' roles.
   */
  async recordTeamInstallation(install: TeamInstallation): Promise<{ group: Group; created: boolean }> {
    const now = this.clock.now();
    const { group, created } = await this.repositories.groups.createIfMissing({
      id: install.teamId,
      tenantId: install.tenantId,
      name: install.teamName,
      serviceUrl: install.serviceUrl,
      areas: areasFromLabels(this.groupDefaults.areas),
      omraden: [...this.groupDefaults.omraden],
      eventTypes: defaultEventTypes(),
      schedule: { ...this.groupDefaults.schedule },
      installedAt: now,
    });
    if (!created && (group.name !== install.teamName || group.serviceUrl !== install.serviceUrl)) {
      await this.repositories.groups.updateTeamFacts(group.id, {
        name: install.teamName,
        serviceUrl: install.serviceUrl,
      });
    }
    const installerKey = memberKeyOf(install.installer);
    const roster = install.roster.some((account) => memberKeyOf(account) === installerKey)
      ? install.roster
      : [...install.roster, install.installer];
    await this.repositories.members.upsertFromRoster(
      roster.map((account): GroupMember => ({
        groupId: group.id,
        memberKey: memberKeyOf(account),
        teamsUserId: account.id,
        aadObjectId: account.aadObjectId,
        name: account.name?.trim() || account.id,
        role: 'member',
        excluded: false,
        active: true,
        joinedAt: now,
      })),
    );
    if (created) await this.repositories.members.setRole(group.id, installerKey, 'samordnare');
    await this.repositories.groups.upsertChannels(
      install.channels.map((channel): GroupChannel => ({
        groupId: group.id,
        channelId: channel.id,
        // Teams leaves the General channel's name out.
        name: channel.name?.trim() || 'General',
      })),
    );
    return { group: { ...group, name: install.teamName, serviceUrl: install.serviceUrl }, created };
  }

  /** People who left the team get no more prompts; what they reported stays. */
  async recordMembersLeft(groupId: string, accounts: TeamAccount[]): Promise<void> {
    for (const account of accounts) await this.repositories.members.deactivate(groupId, memberKeyOf(account));
  }

  /**
   * Keeps the person's 1:1 conversation reference current: proactive prompts need it. True when
   * something new was recorded.
   */
  async recordPersonalConversation(facts: PersonalConversationFacts): Promise<boolean> {
    const memberKey = memberKeyOf(facts.account);
    const fingerprint = `${facts.conversationId}|${facts.serviceUrl}`;
    // Every turn in a 1:1 chat comes here: what this process has read or written already needs no
    // second read. (A row that does not parse reads as missing, is not remembered, and is rewritten.)
    if (this.recorded.get(memberKey) === fingerprint) return false;
    const known = await this.repositories.conversations.getPersonal(memberKey);
    if (known && known.conversationId === facts.conversationId && known.serviceUrl === facts.serviceUrl) {
      this.remember(memberKey, fingerprint);
      return false;
    }
    await this.repositories.conversations.upsertPersonal({
      memberKey,
      tenantId: facts.tenantId,
      teamsUserId: facts.account.id,
      conversationId: facts.conversationId,
      serviceUrl: facts.serviceUrl,
      reference: facts.reference,
      updatedAt: this.clock.now(),
    });
    this.remember(memberKey, fingerprint);
    return true;
  }

  private remember(memberKey: string, fingerprint: string): void {
    if (this.recorded.size >= 50_000) this.recorded.clear();
    this.recorded.set(memberKey, fingerprint);
  }
}
