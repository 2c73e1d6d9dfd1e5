import type { Clock } from '../domain/clock';
import type { Group } from '../domain/group';
import type { ReportingPeriod } from '../domain/periods';
import {
  fetchBackoffMs,
  FETCH_INTERVAL_MS,
  MIN_FETCH_SPACING_MS,
  type FetchOutcome,
  type FetchState,
  type PoliceEvent,
} from '../domain/police-events';
import { compilePoliceSection, policeSeries, type PoliceSection, type PoliceSeries } from '../domain/police-section';
import { policeSettingsOf } from '../domain/police-settings';
import type { Report } from '../domain/report';
import type { PoliceApi, PoliceApiAnswer } from '../external/police-api';
import type { Logger } from '../logger';
import type { Repositories, Versioned } from '../storage/repositories';

export type FetchRun =
  | { kind: 'disabled' }
  | { kind: 'notDue'; nextAttemptAt: Date }
  | { kind: 'tooSoon'; waitSeconds: number }
  | { kind: 'nothingToFetch' }
  | { kind: 'ran'; outcome: FetchOutcome; stored: number; skipped: number };

/**
 * Brings the police's published events in: one request for every group's location names, on a
 * schedule (`fetchDue`, every minute from the scheduler, calls when `nextAttemptAt` has come) or
 * when a samordnare asks (`fetchNow`, still at most once a minute). The state row decides, with
 * its ETag, which instance calls. Failures back off and are retried; nothing here is awaited by
 * the cycle, a compile or a publish, which only read what is stored.
 */
export class PoliceEventService {
  constructor(
    private readonly repositories: Repositories,
    /** Undefined: turned off (POLICE_EVENTS_ENABLED=false). */
    private readonly api: PoliceApi | undefined,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  get enabled(): boolean {
    return this.api !== undefined;
  }

  async state(): Promise<FetchState | undefined> {
    return (await this.repositories.policeEvents.getFetchState())?.value;
  }

  /** The scheduled fetch: calls the API when the next attempt is due. */
  fetchDue(): Promise<FetchRun> {
    return this.run(false);
  }

  /** The samordnare's `polishändelser hämta`: now, unless the last call was less than a minute ago. */
  fetchNow(): Promise<FetchRun> {
    return this.run(true);
  }

  private async run(asked: boolean): Promise<FetchRun> {
    if (!this.api) return { kind: 'disabled' };
    const now = this.clock.now();
    // The state first: the scheduler asks every minute, and mostly it is not yet time.
    const stored = await this.repositories.policeEvents.getFetchState();
    const state: FetchState = stored?.value ?? { nextAttemptAt: now, failures: 0 };
    const sinceLast = state.lastAttemptAt ? now.getTime() - state.lastAttemptAt.getTime() : Infinity;
    if (sinceLast < MIN_FETCH_SPACING_MS) {
      return asked
        ? { kind: 'tooSoon', waitSeconds: Math.ceil((MIN_FETCH_SPACING_MS - sinceLast) / 1000) }
        : { kind: 'notDue', nextAttemptAt: state.nextAttemptAt };
    }
    if (state.nextAttemptAt > now) {
      if (!asked) return { kind: 'notDue', nextAttemptAt: state.nextAttemptAt };
      // Asked by a samordnare: sooner than the regular interval, but never through a backoff or a
      // Retry-After the police gave after a failure.
      if (state.failures > 0)
        return { kind: 'tooSoon', waitSeconds: Math.ceil((state.nextAttemptAt.getTime() - now.getTime()) / 1000) };
    }
    const locations = await this.locations();
    if (locations.length === 0) return { kind: 'nothingToFetch' };
    const query = locations.join(';');
    // The terms: a 404 is permanent for that request. A changed list of names is a new request.
    if (state.notFoundQuery === query && !asked) return { kind: 'notDue', nextAttemptAt: state.nextAttemptAt };

    // Claim the call: whoever saves this first calls; another instance sees lastAttemptAt and waits.
    const claim: FetchState = {
      ...state,
      lastAttemptAt: now,
      nextAttemptAt: new Date(now.getTime() + MIN_FETCH_SPACING_MS),
    };
    const claimed = await this.repositories.policeEvents.saveFetchState(claim, stored?.etag);
    if (!claimed) return { kind: 'notDue', nextAttemptAt: claim.nextAttemptAt };
    const answer = await this.api.events(locations);
    const run = await this.settle(answer, { value: claim, etag: claimed }, query, now);
    const log = { outcome: run.outcome, stored: run.stored, skipped: run.skipped, locations: locations.length };
    if (run.outcome === 'ok') this.logger.info(log, 'police events fetched');
    else
      this.logger.warn({ ...log, reason: 'reason' in answer ? answer.reason : undefined }, 'police events not fetched');
    return run;
  }

  private async settle(
    answer: PoliceApiAnswer,
    { value: claim, etag }: Versioned<FetchState>,
    query: string,
    now: Date,
  ): Promise<Extract<FetchRun, { kind: 'ran' }>> {
    let next: FetchState;
    let stored = 0;
    let skipped = 0;
    if (answer.kind === 'ok') {
      await this.repositories.policeEvents.store(answer.events);
      stored = answer.events.length;
      skipped = answer.skipped;
      next = {
        ...claim,
        outcome: 'ok',
        failures: 0,
        lastSuccessAt: now,
        nextAttemptAt: new Date(now.getTime() + FETCH_INTERVAL_MS),
        notFoundQuery: undefined,
      };
    } else {
      const failures = claim.failures + 1;
      const retryAfter = 'retryAfterSeconds' in answer ? answer.retryAfterSeconds : undefined;
      const outcome: FetchOutcome = answer.kind;
      next = {
        ...claim,
        outcome,
        failures,
        nextAttemptAt: new Date(now.getTime() + fetchBackoffMs(failures, retryAfter)),
        notFoundQuery: answer.kind === 'notFound' ? query : claim.notFoundQuery,
      };
    }
    // With the claim's ETag: nobody else calls within the minute the claim holds.
    await this.repositories.policeEvents.saveFetchState(next, etag);
    return { kind: 'ran', outcome: next.outcome ?? 'failed', stored, skipped };
  }

  /** Every group's location names, once each, in a stable order. */
  private async locations(): Promise<string[]> {
    const names = new Map<string, string>();
    for (const group of await this.repositories.groups.list()) {
      for (const name of policeSettingsOf(group).locations) {
        if (!names.has(name.toLocaleLowerCase('sv'))) names.set(name.toLocaleLowerCase('sv'), name);
      }
    }
    return [...names.values()].sort((a, b) => a.localeCompare(b, 'sv'));
  }

  /** The police's events per type and period for a long report; undefined when off or unset. */
  async series(group: Group, periods: ReportingPeriod[]): Promise<PoliceSeries | undefined> {
    if (!this.api || !(await this.state())?.lastSuccessAt) return undefined;
    const { locations } = policeSettingsOf(group);
    if (locations.length === 0) return undefined;
    const eventsByPeriod = [];
    for (const period of periods) {
      eventsByPeriod.push(await this.repositories.policeEvents.listBetween(locations, period.start, period.end));
    }
    return policeSeries(locations, eventsByPeriod);
  }

  /** The stored events of the group's location names in [from, to); none when the fetch is off or never ran. */
  async eventsBetween(group: Group, from: Date, to: Date): Promise<PoliceEvent[]> {
    if (!this.api || !(await this.state())?.lastSuccessAt) return [];
    const { locations } = policeSettingsOf(group);
    return locations.length === 0 ? [] : this.repositories.policeEvents.listBetween(locations, from, to);
  }

  /** The lägesbild's section for the period, from what is stored (never a call to the API). */
  async section(
    group: Group,
    period: ReportingPeriod,
    previousPeriod: ReportingPeriod,
    reports: Report[],
  ): Promise<PoliceSection | undefined> {
    if (!this.api) return undefined;
    const { locations, typeMap } = policeSettingsOf(group);
    if (locations.length === 0) return undefined;
    // Nothing fetched yet: no figures to show (zero would claim the police published nothing).
    const state = await this.state();
    if (!state?.lastSuccessAt) return undefined;
    const [events, previousEvents] = await Promise.all([
      this.repositories.policeEvents.listBetween(locations, period.start, period.end),
      this.repositories.policeEvents.listBetween(locations, previousPeriod.start, previousPeriod.end),
    ]);
    return compilePoliceSection({
      locations,
      events,
      previousEvents,
      observations: reports.flatMap((report) => report.observations),
      eventTypes: group.eventTypes,
      areas: group.areas,
      omraden: group.omraden,
      typeMap,
      fetchedAt: state.lastSuccessAt,
    });
  }
}
