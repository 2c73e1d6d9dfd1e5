import type { Clock } from '../domain/clock';
import { COUNCIL_RECIPIENT, type Dispatch, type OutboxEntry } from '../domain/dispatch';
import { isReporting, type Group, type GroupMember } from '../domain/group';
import { dueInsatser, insatsId } from '../domain/insats';
import { currentReportingPeriod, periodByIndex, periodContaining, type ReportingPeriod } from '../domain/periods';
import { dueActivities, localDate } from '../domain/pledge';
import { dueDispatches, periodInstants, type DispatchKind } from '../domain/schedule';
import type { Logger } from '../logger';
import type { Repositories, Versioned } from '../storage/repositories';
import { reportersOf } from './insats-service';
import type { DrainSummary, OutboxSender } from './outbox-sender';
import type { UndeliveredNotices } from './undelivered-notices';

export interface TickSummary {
  /** False when another instance held the tick lease: it does the work. */
  ran: boolean;
  created: number;
  planned: number;
  drain?: DrainSummary;
}

export type ManualDispatchResult = { kind: 'started' | 'alreadySent'; dispatch: Dispatch; period: ReportingPeriod };

const TICK_LEASE = 'scheduler-tick';

/** How late a review of a closed period is still sent (after a long outage it would be stale). */
const REVIEW_GRACE_MS = 7 * 24 * 3600_000;

/**
 * The fortnightly cycle. A tick (from the in-process schedule or POST /api/jobs/tick, from any
 * number of instances) creates each due round once — a conditional create of its dispatch row —,
 * plans one outbox entry per member, and drains the outbox. A lease row lets one instance work
 * at a time; the dispatch rows and the per-entry claims keep it exact even without the lease.
 */
export class CycleService {
  constructor(
    private readonly repositories: Repositories,
    private readonly sender: OutboxSender,
    private readonly undelivered: UndeliveredNotices,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly instanceId: string,
    private readonly budgetMs = 50_000,
    private readonly pledgeReminderDays = 14,
  ) {}

  private running: Promise<TickSummary> | undefined;

  /** One tick at a time per instance; a tick asked for while one runs joins it. */
  tick(): Promise<TickSummary> {
    this.running ??= this.runTick().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves when no tick is running (for a graceful shutdown). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async runTick(): Promise<TickSummary> {
    const started = this.clock.now();
    // Held a little past the budget; a crashed holder's lease runs out soon after.
    const leaseUntil = new Date(started.getTime() + this.budgetMs * 1.5 + 5_000);
    if (!(await this.repositories.leases.acquire(TICK_LEASE, this.instanceId, leaseUntil, started))) {
      return { ran: false, created: 0, planned: 0 };
    }
    try {
      let created = 0;
      for (const group of await this.repositories.groups.list()) {
        created += await this.createDueDispatches(group);
      }
      const planned = await this.planUnplanned();
      const drain = await this.sender.drain(new Date(started.getTime() + this.budgetMs));
      await this.finishDone();
      this.logger.info({ created, planned, ...drain }, 'tick done');
      return { ran: true, created, planned, drain };
    } finally {
      await this.repositories.leases.release(TICK_LEASE, this.instanceId);
    }
  }

  /**
   * `starta period`: the current period's prompt now, unless it has gone out already.
   * `påminn`: one more reminder round for those who have not answered.
   */
  async startManually(group: Group, kind: DispatchKind): Promise<ManualDispatchResult> {
    const now = this.clock.now();
    // Always open: the period being reported on, until its deadline, then the running one.
    const period = currentReportingPeriod(group.schedule, now);
    const existing = await this.repositories.dispatches.listForPeriod(group.id, period.id);
    const ofKind = existing.filter((dispatch) => dispatch.kind === kind);
    if (kind === 'prompt' && ofKind.length > 0) return { kind: 'alreadySent', dispatch: ofKind[0], period };
    const seq = Math.max(0, ...ofKind.map((dispatch) => dispatch.seq)) + 1;
    const dispatch = this.newDispatch(group, period, kind, seq, 'manual');
    if (!(await this.repositories.dispatches.create(dispatch))) {
      return { kind: 'alreadySent', dispatch, period };
    }
    return { kind: 'started', dispatch, period };
  }

  private newDispatch(
    group: Group,
    period: ReportingPeriod,
    kind: DispatchKind,
    seq: number,
    trigger: Dispatch['trigger'],
  ): Dispatch {
    return {
      groupId: group.id,
      periodId: period.id,
      kind,
      seq,
      trigger,
      state: 'planning',
      planned: 0,
      createdAt: this.clock.now(),
    };
  }

  /**
   * At the deadline the lägesbild is compiled and sent privately to the samordnare for review
   * (nothing is published without them). Only for periods that closed while the group existed, and
   * not more than a week late.
   */
  private async createDueReview(group: Group): Promise<number> {
    const now = this.clock.now();
    const closed = periodByIndex(group.schedule, periodContaining(group.schedule, now).index - 1);
    const closedAt = closed.deadline.getTime();
    if (
      now.getTime() < closedAt ||
      closedAt <= group.installedAt.getTime() ||
      now.getTime() > closedAt + REVIEW_GRACE_MS
    )
      return 0;
    const existing = await this.repositories.dispatches.listForPeriod(group.id, closed.id);
    if (existing.some((dispatch) => dispatch.kind === 'review')) return 0;
    return (await this.repositories.dispatches.create(this.newDispatch(group, closed, 'review', 1, 'schedule')))
      ? 1
      : 0;
  }

  /** Creates the rounds that are due and not yet created; a late prompt makes the reminder moot. */
  private async createDueDispatches(group: Group): Promise<number> {
    const now = this.clock.now();
    const review = await this.createDueReview(group);
    const due = dueDispatches(group.schedule, now);
    if (due.length === 0) return review;
    const period = due[0].period;
    const existing = await this.repositories.dispatches.listForPeriod(group.id, period.id);
    let created = 0;
    // With each period's prompt, the medborgarlöften activities due are reminded of.
    const kinds: DispatchKind[] = due.map((item) => item.kind);
    if (kinds.includes('prompt')) kinds.push('pledges');
    for (const kind of kinds) {
      if (existing.some((dispatch) => dispatch.kind === kind)) continue;
      const dispatch = this.newDispatch(group, period, kind, 1, 'schedule');
      if (kind === 'reminder') {
        const prompt = existing.find((candidate) => candidate.kind === 'prompt');
        const { reminderAt } = periodInstants(group.schedule, period);
        // Reminding right after a prompt that went out late would only be noise: record it as done.
        if (!prompt || prompt.createdAt.getTime() >= reminderAt.getTime()) {
          if (await this.repositories.dispatches.create({ ...dispatch, state: 'done', finishedAt: now })) created += 1;
          continue;
        }
      }
      if (await this.repositories.dispatches.create(dispatch)) {
        created += 1;
        existing.push(dispatch);
      }
    }
    return created;
  }

  /** Plans an entry per member for every round still in planning (resumable: entries are added once). */
  private async planUnplanned(): Promise<number> {
    let planned = 0;
    for (const { value: dispatch, etag } of await this.repositories.dispatches.listUnfinished()) {
      if (dispatch.state !== 'planning') continue;
      const group = await this.repositories.groups.get(dispatch.groupId);
      if (!group) continue;
      const [members, reports] = await Promise.all([
        this.repositories.members.listByGroup(group.id),
        this.repositories.reports.listReports(group.id, dispatch.periodId),
      ]);
      const answered = new Set(reports.map((report) => report.memberKey));
      const now = this.clock.now();
      const recipients = await this.recipients(group, dispatch, members, answered);
      const entries: OutboxEntry[] = recipients.map((memberKey) => ({
        groupId: group.id,
        periodId: dispatch.periodId,
        kind: dispatch.kind,
        seq: dispatch.seq,
        memberKey,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        updatedAt: now,
      }));
      await this.repositories.outbox.addMissing(entries);
      await this.advance({ value: dispatch, etag }, { state: 'sending', planned: entries.length });
      planned += entries.length;
    }
    return planned;
  }

  /** Who a round goes to: member keys, or the council channel for the pledges round. */
  private async recipients(
    group: Group,
    dispatch: Dispatch,
    members: GroupMember[],
    answered: Set<string>,
  ): Promise<string[]> {
    switch (dispatch.kind) {
      case 'review':
        return members
          .filter((member) => member.active && member.role === 'samordnare')
          .map((member) => member.memberKey);
      case 'pledges': {
        // Owner persons of medborgarlöften activities and of insatser due soon or overdue; the
        // council channel hears of the activities.
        const today = localDate(this.clock.now());
        const [pledges, insatser] = await Promise.all([
          this.repositories.pledges.list(group.id),
          this.repositories.insatser.list(group.id),
        ]);
        const due = dueActivities(pledges, today, this.pledgeReminderDays);
        const dueInsats = dueInsatser(insatser, today, this.pledgeReminderDays);
        const active = new Set(members.filter((member) => member.active).map((member) => member.memberKey));
        const owners = [
          ...new Set(
            [
              ...due.map((item) => item.activity.ownerMemberKey),
              ...dueInsats.map((insats) => insats.ownerMemberKey),
            ].filter((key): key is string => !!key && active.has(key)),
          ),
        ];
        return group.council && due.length > 0 ? [...owners, COUNCIL_RECIPIENT] : owners;
      }
      case 'feedbackNew':
      case 'feedbackDone': {
        // The reporters the insats's links point to, unless they turned återkoppling off.
        const insats = (await this.repositories.insatser.get(group.id, insatsId(dispatch.seq)))?.value;
        if (!insats) return [];
        const reporters = await reportersOf(this.repositories, insats);
        return members
          .filter((member) => member.active && !member.feedbackOff && reporters.has(member.memberKey))
          .map((member) => member.memberKey);
      }
      default:
        return members
          .filter((member) => isReporting(member) && !answered.has(member.memberKey))
          .map((member) => member.memberKey);
    }
  }

  /** Rounds whose every entry has reached a final state are done; the samordnare hears of the unreachable. */
  private async finishDone(): Promise<void> {
    for (const versioned of await this.repositories.dispatches.listUnfinished()) {
      if (versioned.value.state !== 'sending') continue;
      const entries = await this.repositories.outbox.listForDispatch(versioned.value);
      if (!this.sender.allFinal(entries.map((entry) => entry.value))) continue;
      if (await this.advance(versioned, { state: 'done', finishedAt: this.clock.now() })) {
        await this.undelivered.report(
          versioned.value,
          entries.map((entry) => entry.value),
        );
      }
    }
  }

  private async advance(versioned: Versioned<Dispatch>, change: Partial<Dispatch>): Promise<boolean> {
    try {
      await this.repositories.dispatches.replace({ ...versioned.value, ...change }, versioned.etag);
      return true;
    } catch (error) {
      this.logger.info({ groupId: versioned.value.groupId, err: error }, 'dispatch advanced elsewhere');
      return false;
    }
  }
}
