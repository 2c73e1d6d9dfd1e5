import type { SendingLimits } from '../config/load-config';
import type { Clock } from '../domain/clock';
import { backoffMs, COUNCIL_RECIPIENT, FINAL_OUTBOX_STATES, type Dispatch, type OutboxEntry } from '../domain/dispatch';
import type { Group, GroupMember } from '../domain/group';
import { periodById, type ReportingPeriod } from '../domain/periods';
import { isAppError } from '../errors';
import type { Logger } from '../logger';
import type { Messenger, OutgoingMessage, SendOutcome } from '../messaging/messenger';
import { SendPacing } from '../messaging/send-pacing';
import type { Repositories, Versioned } from '../storage/repositories';

/** Renders what a member receives; built in the bot layer, where cards and texts live. */
export interface MessageComposer {
  /** `member` is undefined for the council channel (the pledges round). */
  outboxMessage(input: {
    entry: OutboxEntry;
    group: Group;
    member?: GroupMember;
    period: ReportingPeriod;
    locale?: string;
  }): Promise<OutgoingMessage>;
  undeliveredNotice(input: {
    dispatch: Dispatch;
    group: Group;
    period: ReportingPeriod;
    /** How many could not be reached; `names` only where naming them tells nothing of a report. */
    count: number;
    names?: string[];
    locale?: string;
  }): OutgoingMessage;
}

export interface DrainSummary {
  sent: number;
  retried: number;
  unreachable: number;
  failed: number;
  remaining: number;
}

export interface SenderOptions {
  limits: SendingLimits;
  /** How long a claimed entry stays ours before another sender may take it over. */
  leaseMs: number;
  /** Waits until the instant (tests move a fixed clock instead). */
  sleepUntil?: (instant: number) => Promise<void>;
  random?: () => number;
}

/**
 * What a drain reads once per group and period: the group, the period, and the group's members (one
 * partition query instead of a point read per entry; a drain lasts at most one tick's budget, so
 * a member who leaves meanwhile may still get this round's message).
 */
type Context = { group: Group; period: ReportingPeriod; members: ReadonlyMap<string, GroupMember> };

type Outcome = keyof Omit<DrainSummary, 'remaining'>;

/** What one attempt came to; `retry` is the entry as stored for its next attempt. */
interface Attempt {
  outcome: Outcome;
  retry?: Versioned<OutboxEntry>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Sends the outbox. Each entry is claimed with an ETag-conditional write (state `sending`, with a
 * lease) before the send and settled after it, so no two senders send the same entry and a
 * crashed sender's claims are taken over once their lease runs out. Sends are bounded in
 * concurrency and kept under Teams' per-tenant and per-conversation rates on the wire; 429 waits for its
 * Retry-After, 5xx and network errors back off with jitter, 403/404 mark the member unreachable.
 */
export class OutboxSender {
  private readonly pacing: SendPacing;
  private readonly sleepUntil: (instant: number) => Promise<void>;
  private readonly random: () => number;
  private stopping = false;

  constructor(
    private readonly repositories: Repositories,
    private readonly messenger: Messenger,
    private readonly composer: MessageComposer,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: SenderOptions,
  ) {
    this.pacing = new SendPacing(options.limits);
    this.sleepUntil = options.sleepUntil ?? ((instant) => realSleep(instant - this.clock.now().getTime()));
    this.random = options.random ?? Math.random;
  }

  /** Stops claiming new entries; sends in flight finish and are recorded. */
  stop(): void {
    this.stopping = true;
  }

  allFinal(entries: OutboxEntry[]): boolean {
    return entries.every((entry) => FINAL_OUTBOX_STATES.has(entry.state));
  }

  /**
   * Sends until every entry is final or `until` comes. Each entry is a small worker of its own: it
   * waits for its time (Retry-After, backoff), its rate tokens and a free slot, then claims, sends
   * and settles; a retryable outcome loops. Afterwards the outbox is read again, for entries that
   * another sender's expired claim released meanwhile.
   */
  async drain(until: Date): Promise<DrainSummary> {
    const summary: DrainSummary = { sent: 0, retried: 0, unreachable: 0, failed: 0, remaining: 0 };
    const contexts = new Map<string, Promise<Context | undefined>>();
    const contextOf = (entry: OutboxEntry) => {
      const key = `${entry.groupId}|${entry.periodId}`;
      if (!contexts.has(key)) contexts.set(key, this.groupContext(entry));
      return contexts.get(key) as Promise<Context | undefined>;
    };
    const worker = async (first: Versioned<OutboxEntry>) => {
      let item: Versioned<OutboxEntry> | undefined = first;
      while (item && !this.stopping) {
        const at = this.nextTime(item.value);
        if (at >= until.getTime()) return;
        if (at > this.clock.now().getTime()) await this.sleepUntil(at);
        const context = await contextOf(item.value);
        const current: Versioned<OutboxEntry> = item;
        const result = await this.pacing.inSlot<Attempt | undefined | 'stopped'>(context?.group.tenantId ?? '', () =>
          this.stopping ? Promise.resolve('stopped') : this.sendOne(current, context),
        );
        if (result === 'stopped') return;
        if (result) summary[result.outcome] += 1;
        item = result?.retry;
      }
    };
    for (let pass = 0; pass < 3 && !this.stopping; pass += 1) {
      const open = await this.collect();
      summary.remaining = open.length;
      const startable = open.filter((item) => this.nextTime(item.value) < until.getTime());
      if (startable.length === 0) break;
      await Promise.all(startable.map(worker));
    }
    summary.remaining = (await this.collect()).length;
    return summary;
  }

  private nextTime(entry: OutboxEntry): number {
    return entry.state === 'sending' && entry.leaseUntil ? entry.leaseUntil.getTime() : entry.nextAttemptAt.getTime();
  }

  /** Every entry not yet final, of every round being sent. */
  private async collect(): Promise<Versioned<OutboxEntry>[]> {
    const open: Versioned<OutboxEntry>[] = [];
    for (const { value: dispatch } of await this.repositories.dispatches.listUnfinished()) {
      if (dispatch.state !== 'sending') continue;
      for (const item of await this.repositories.outbox.listForDispatch(dispatch)) {
        if (!FINAL_OUTBOX_STATES.has(item.value.state)) open.push(item);
      }
    }
    return open;
  }

  private async groupContext(entry: OutboxEntry): Promise<Context | undefined> {
    const [group, members] = await Promise.all([
      this.repositories.groups.get(entry.groupId),
      this.repositories.members.listByGroup(entry.groupId),
    ]);
    const period = group && periodById(group.schedule, entry.periodId);
    if (!group || !period) return undefined;
    return { group, period, members: new Map(members.map((member) => [member.memberKey, member])) };
  }

  /** Claims, sends and settles one entry; undefined when another sender had it. */
  private async sendOne(item: Versioned<OutboxEntry>, context: Context | undefined): Promise<Attempt | undefined> {
    const now = this.clock.now();
    const claimed: OutboxEntry = {
      ...item.value,
      state: 'sending',
      attempts: item.value.attempts + 1,
      leaseUntil: new Date(now.getTime() + this.options.leaseMs),
      updatedAt: now,
    };
    let etag: string;
    try {
      etag = await this.repositories.outbox.replace(claimed, item.etag);
    } catch (error) {
      if (isAppError(error, 'conflict')) return undefined;
      throw error;
    }

    if (claimed.memberKey === COUNCIL_RECIPIENT) return this.sendToCouncil(claimed, etag, context);
    const member = context?.members.get(claimed.memberKey);
    // Prompts and reminders are pointless after the deadline; the review and pledges are not.
    const expired =
      context !== undefined &&
      (claimed.kind === 'prompt' || claimed.kind === 'reminder') &&
      now.getTime() >= context.period.deadline.getTime();
    const excluded = member?.excluded === true && (claimed.kind === 'prompt' || claimed.kind === 'reminder');
    if (!context || !member || !member.active || excluded || expired) {
      // The group or the person is gone from the cycle, or reporting has closed: nothing to send.
      await this.settle(claimed, etag, { state: 'failed' });
      return { outcome: 'failed' };
    }
    const conversation = await this.repositories.conversations.getPersonal(member.memberKey);
    const message = await this.composer.outboxMessage({
      entry: claimed,
      group: context.group,
      member,
      period: context.period,
      locale: conversation?.locale,
    });
    // Without a stored chat the send is two requests (create the chat, send into it): each is paced.
    const outcome: SendOutcome = await this.messenger.sendToPerson(
      {
        tenantId: context.group.tenantId,
        serviceUrl: conversation?.serviceUrl ?? context.group.serviceUrl,
        teamsUserId: member.teamsUserId,
        reference: conversation?.reference,
      },
      message,
      () => this.pacing.wireTokens(context.group.tenantId, member.memberKey),
    );
    return this.record(claimed, etag, outcome, member, context.group.tenantId);
  }

  /** The pledges round's post in the council channel. */
  private async sendToCouncil(claimed: OutboxEntry, etag: string, context: Context | undefined): Promise<Attempt> {
    const council = context?.group.council;
    if (!context || !council) {
      await this.settle(claimed, etag, { state: 'failed' });
      return { outcome: 'failed' };
    }
    const message = await this.composer.outboxMessage({ entry: claimed, group: context.group, period: context.period });
    const outcome = await this.messenger.sendToChannel(
      { tenantId: council.tenantId, serviceUrl: council.serviceUrl, channelId: council.channelId },
      message,
      () => this.pacing.wireTokens(council.tenantId, COUNCIL_RECIPIENT),
    );
    return this.record(claimed, etag, outcome, undefined, council.tenantId);
  }

  private async record(
    claimed: OutboxEntry,
    etag: string,
    outcome: SendOutcome,
    member: GroupMember | undefined,
    tenantId: string,
  ): Promise<Attempt> {
    const now = this.clock.now();
    const exhausted = claimed.attempts >= this.options.limits.maxAttempts;
    switch (outcome.kind) {
      case 'sent':
        if (member && outcome.conversation.created) {
          await this.repositories.conversations.upsertPersonal({
            memberKey: member.memberKey,
            tenantId,
            teamsUserId: member.teamsUserId,
            conversationId: outcome.conversation.conversationId,
            serviceUrl: outcome.conversation.serviceUrl,
            reference: outcome.conversation.reference,
            updatedAt: now,
          });
        }
        await this.settle(claimed, etag, { state: 'sent', sentAt: now });
        return { outcome: 'sent' };
      case 'gone':
        await this.settle(claimed, etag, { state: 'unreachable', lastStatus: outcome.status });
        return { outcome: 'unreachable' };
      case 'failed':
        await this.settle(claimed, etag, { state: 'failed', lastStatus: outcome.status });
        return { outcome: 'failed' };
      case 'throttled':
      case 'transient': {
        if (exhausted) {
          await this.settle(claimed, etag, { state: 'failed', lastStatus: outcome.status });
          return { outcome: 'failed' };
        }
        const wait =
          outcome.kind === 'throttled' && outcome.retryAfterMs !== undefined
            ? outcome.retryAfterMs + Math.round(this.random() * 250)
            : backoffMs(claimed.attempts, this.random);
        const retry = await this.settle(claimed, etag, {
          state: 'pending',
          lastStatus: outcome.status,
          nextAttemptAt: new Date(now.getTime() + wait),
        });
        return { outcome: 'retried', retry };
      }
    }
  }

  /** Records the attempt; returns the entry as stored, unless another sender took it over. */
  private async settle(
    claimed: OutboxEntry,
    etag: string,
    change: Partial<OutboxEntry>,
  ): Promise<Versioned<OutboxEntry> | undefined> {
    const value = { ...claimed, leaseUntil: undefined, ...change, updatedAt: this.clock.now() };
    try {
      return { value, etag: await this.repositories.outbox.replace(value, etag) };
    } catch (error) {
      // Our lease ran out and another sender took the entry over: it settles it.
      if (!isAppError(error, 'conflict')) throw error;
      this.logger.warn(
        { groupId: claimed.groupId, periodId: claimed.periodId },
        'outbox entry taken over before it was settled',
      );
      return undefined;
    }
  }
}
