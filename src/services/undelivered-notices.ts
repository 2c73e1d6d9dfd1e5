import type { Dispatch, OutboxEntry } from '../domain/dispatch';
import { periodById } from '../domain/periods';
import { isFeedback } from '../domain/schedule';
import type { Logger } from '../logger';
import type { Messenger } from '../messaging/messenger';
import type { Repositories } from '../storage/repositories';
import type { MessageComposer } from './outbox-sender';

/** When a round is finished: the samordnare hear who could not be reached (or, for återkoppling, how many). */
export class UndeliveredNotices {
  constructor(
    private readonly repositories: Repositories,
    private readonly messenger: Messenger,
    private readonly composer: MessageComposer,
    private readonly logger: Logger,
  ) {}

  /** Tells the group's samordnare(s) who could not be reached in a finished round. */
  async report(dispatch: Dispatch, entries: OutboxEntry[]): Promise<void> {
    const undelivered = entries.filter((entry) => entry.state === 'unreachable' || entry.state === 'failed');
    if (undelivered.length === 0) return;
    const group = await this.repositories.groups.get(dispatch.groupId);
    const period = group && periodById(group.schedule, dispatch.periodId);
    if (!group || !period) return;
    const members = await this.repositories.members.listByGroup(group.id);
    const byKey = new Map(members.map((member) => [member.memberKey, member]));
    // Återkoppling goes to the reporters behind an insats's observations: naming them would say who
    // wrote what. The samordnare gets a count; prompts and reminders name who was not reached.
    const names = isFeedback(dispatch.kind)
      ? undefined
      : undelivered.map((entry) => byKey.get(entry.memberKey)?.name ?? '?').sort((a, b) => a.localeCompare(b, 'sv'));
    for (const samordnare of members.filter((member) => member.role === 'samordnare' && member.active)) {
      const conversation = await this.repositories.conversations.getPersonal(samordnare.memberKey);
      const message = this.composer.undeliveredNotice({
        dispatch,
        group,
        period,
        count: undelivered.length,
        names,
        locale: conversation?.locale,
      });
      const outcome = await this.messenger.sendToPerson(
        {
          tenantId: group.tenantId,
          serviceUrl: conversation?.serviceUrl ?? group.serviceUrl,
          teamsUserId: samordnare.teamsUserId,
          reference: conversation?.reference,
        },
        message,
      );
      if (outcome.kind !== 'sent')
        this.logger.warn(
          { groupId: group.id, outcome: outcome.kind },
          'could not tell the samordnare about undelivered messages',
        );
    }
  }
}
