import type { Dispatch, OutboxEntry } from '../domain/dispatch';
import type { Group, GroupChannel, GroupMember, MemberRole, PersonalConversation } from '../domain/group';
import type { Insats, InsatsUpdate } from '../domain/insats';
import type { Position } from '../domain/place-map';
import type { Pledge, StatusUpdate } from '../domain/pledge';
import type { FetchState, PoliceEvent } from '../domain/police-events';
import type { Publication } from '../domain/publication';
import type { Report, ReportDraft } from '../domain/report';
import type { PictureReview } from '../domain/review';

export type { Publication } from '../domain/publication';

/**
 * What the services need from storage. The Azure Table implementations live in `table/`; the
 * layout of their keys is written down in `README.md` beside this file.
 * Conventions: a missing row is `undefined`; a lost optimistic-concurrency race is an
 * `AppError('conflict')`; anything else is an `AppError('storage')` with the cause.
 */

export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface GroupRepository {
  get(groupId: string): Promise<Group | undefined>;
  /** Every group (one partition: hundreds of rows at national scale). */
  list(): Promise<Group[]>;
  /** Changes the group's own settings (schedule, områden, council channel). */
  updateSettings(group: Group): Promise<void>;
  /** Creates the group, or returns the one already there untouched (its settings belong to the samordnare). */
  createIfMissing(group: Group): Promise<{ group: Group; created: boolean }>;
  /** Updates what Teams owns (name, service url) and keeps the group's own settings. */
  updateTeamFacts(groupId: string, facts: { name: string; serviceUrl: string }): Promise<void>;
  upsertChannels(channels: GroupChannel[]): Promise<void>;
  listChannels(groupId: string): Promise<GroupChannel[]>;
}

export interface MemberRepository {
  get(groupId: string, memberKey: string): Promise<GroupMember | undefined>;
  listByGroup(groupId: string): Promise<GroupMember[]>;
  /**
   * Adds members from a roster, or refreshes name and ids of the ones already known, never touching
   * role or organisation (new members are plain members); marks returning members active again.
   */
  upsertFromRoster(members: GroupMember[]): Promise<void>;
  setRole(groupId: string, memberKey: string, role: MemberRole): Promise<void>;
  /** What the samordnare decides about a member. */
  updateAdministration(
    groupId: string,
    memberKey: string,
    change: { organisation?: string; excluded?: boolean },
  ): Promise<void>;
  /** The member's own choice whether they hear what their reports led to. */
  setFeedback(groupId: string, memberKey: string, on: boolean): Promise<void>;
  /** The person left the team: no more prompts, kept for the record. */
  deactivate(groupId: string, memberKey: string): Promise<void>;
  /** The groups a person is an active member of. */
  groupIdsOf(memberKey: string): Promise<string[]>;
}

export interface ConversationRepository {
  getPersonal(memberKey: string): Promise<PersonalConversation | undefined>;
  upsertPersonal(conversation: PersonalConversation): Promise<void>;
}

/**
 * A member's draft for a period. The row outlives a submit (it is cleared, not deleted, so that a
 * submit and a concurrent edit cannot both win); `etag` is set whenever the row exists.
 */
export interface DraftSlot {
  draft: ReportDraft | undefined;
  etag: string | undefined;
}

export interface ReportRepository {
  getDraft(groupId: string, periodId: string, memberKey: string): Promise<DraftSlot>;
  /** Creates the draft row when `etag` is undefined, else replaces it only if unchanged since read. */
  saveDraft(draft: ReportDraft, etag: string | undefined): Promise<void>;
  /** Marks the draft as closed, only if unchanged since `etag`. */
  clearDraft(groupId: string, periodId: string, memberKey: string, etag: string): Promise<void>;
  getReport(groupId: string, periodId: string, memberKey: string): Promise<Versioned<Report> | undefined>;
  /**
   * Stores a new version of the member's report atomically: the current report (created, or
   * replaced only if unchanged since `reportEtag`), an immutable copy of this version, and the
   * clearing of the draft it came from (only if unchanged since `draftEtag`, when given).
   */
  submit(report: Report, expected: { reportEtag?: string; draftEtag?: string }): Promise<void>;
  listVersions(groupId: string, periodId: string, memberKey: string): Promise<Report[]>;
  listReports(groupId: string, periodId: string): Promise<Report[]>;
  /** The open (not cleared) drafts of the period, one partition query. */
  listDrafts(groupId: string, periodId: string): Promise<ReportDraft[]>;
  /** The periods of the group that have any report, draft or version. */
  listPeriodIds(groupId: string): Promise<string[]>;
  /** Deletes every report, version and draft of the period (retention); returns how many rows. */
  deletePeriod(groupId: string, periodId: string): Promise<number>;
}

/**
 * The samordnare's review of a period (left out, rewritten, who and when): one row in the period's
 * `Reports` partition, so retention deletes it with the reports it was made on.
 */
export interface ReviewRepository {
  get(groupId: string, periodId: string): Promise<Versioned<PictureReview> | undefined>;
  /** Creates the row when `etag` is undefined, else replaces it only if unchanged since read. */
  save(review: PictureReview, etag: string | undefined): Promise<void>;
}

export interface DispatchRepository {
  /** Creates the round; false when it exists already (another instance or tick made it). */
  create(dispatch: Dispatch): Promise<boolean>;
  listUnfinished(): Promise<Versioned<Dispatch>[]>;
  listForPeriod(groupId: string, periodId: string): Promise<Dispatch[]>;
  /** Replaces the row only if unchanged since `etag`. */
  replace(dispatch: Dispatch, etag: string): Promise<string>;
}

export interface OutboxRepository {
  /** Adds the entries that are not there yet (planning may be resumed); returns how many were added. */
  addMissing(entries: OutboxEntry[]): Promise<number>;
  listForDispatch(dispatch: Pick<Dispatch, 'groupId' | 'periodId' | 'kind' | 'seq'>): Promise<Versioned<OutboxEntry>[]>;
  listForPeriod(groupId: string, periodId: string): Promise<OutboxEntry[]>;
  /** Replaces the entry only if unchanged since `etag`; returns the new ETag. */
  replace(entry: OutboxEntry, etag: string): Promise<string>;
  /** The periods of the group that have any entry. */
  listPeriodIds(groupId: string): Promise<string[]>;
  /** Deletes the period's entries (retention; they name who was sent what); returns how many. */
  deletePeriod(groupId: string, periodId: string): Promise<number>;
}

export interface LeaseRepository {
  /** Takes the named lease until `until` if it is free or expired at `now`; false when someone else holds it. */
  acquire(name: string, owner: string, until: Date, now: Date): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

export interface PublicationRepository {
  /** Creates the record; false when the period was published (or is being published) already. */
  create(publication: Publication): Promise<boolean>;
  get(groupId: string, periodId: string): Promise<Versioned<Publication> | undefined>;
  list(groupId: string): Promise<Publication[]>;
  /**
   * Gallring: the record with its free texts removed, replacing the whole row (so no chunk of the
   * old texts stays) only if unchanged since `etag`. The hash stays the one of what was published.
   */
  replaceContent(publication: Publication, etag: string): Promise<void>;
  /** Records the delivery; the hash never changes. */
  setDelivery(
    groupId: string,
    periodId: string,
    delivery: { state: Publication['state']; activityId?: string },
    etag: string,
  ): Promise<void>;
}

export interface PledgeRepository {
  create(pledge: Pledge): Promise<void>;
  get(groupId: string, pledgeId: string): Promise<Versioned<Pledge> | undefined>;
  list(groupId: string): Promise<Pledge[]>;
  /** Replaces the pledge only if unchanged since `etag`. */
  replace(pledge: Pledge, etag: string): Promise<void>;
  /** Keeps a status change for ever, with who and when. */
  addUpdate(groupId: string, update: StatusUpdate): Promise<void>;
  listUpdates(groupId: string, pledgeId: string): Promise<StatusUpdate[]>;
}

export interface InsatsRepository {
  /** Creates the insats; false when its number was taken meanwhile (another samordnare). */
  create(insats: Insats): Promise<boolean>;
  get(groupId: string, insatsId: string): Promise<Versioned<Insats> | undefined>;
  /** Every insats of the group, by number. */
  list(groupId: string): Promise<Insats[]>;
  /** Replaces the insats only if unchanged since `etag`. */
  replace(insats: Insats, etag: string): Promise<void>;
  /** Keeps a status change for ever, with who and when. */
  addUpdate(groupId: string, update: InsatsUpdate): Promise<void>;
  /** The status changes of one insats, or of all of the group's, oldest first. */
  listUpdates(groupId: string, insatsId?: string): Promise<InsatsUpdate[]>;
}

export interface Repositories {
  groups: GroupRepository;
  members: MemberRepository;
  conversations: ConversationRepository;
  reports: ReportRepository;
  dispatches: DispatchRepository;
  outbox: OutboxRepository;
  leases: LeaseRepository;
  publications: PublicationRepository;
  reviews: ReviewRepository;
  pledges: PledgeRepository;
  insatser: InsatsRepository;
  policeEvents: PoliceEventRepository;
  positions: PositionRepository;
}

/** Where a group's places are on the map: one row a place, so two samordnare never overwrite each other. */
export interface PositionRepository {
  /** The group's positions by place key. */
  list(groupId: string): Promise<Record<string, Position>>;
  set(groupId: string, placeKey: string, position: Position): Promise<void>;
  remove(groupId: string, placeKey: string): Promise<void>;
}

/** The police's published events, each stored once by id, and the installation's one fetch state. */
export interface PoliceEventRepository {
  /** Stores the events (a second store of an id replaces it with what the police publish now). */
  store(events: PoliceEvent[]): Promise<void>;
  /** The events of the location names in [from, to). */
  listBetween(locations: string[], from: Date, to: Date): Promise<PoliceEvent[]>;
  /** Retention: deletes every stored event from before `cutoff`; returns how many. */
  deleteBefore(cutoff: Date): Promise<number>;
  getFetchState(): Promise<Versioned<FetchState> | undefined>;
  /**
   * Creates (no `etag`) or replaces the state only if unchanged since read; returns the new ETag,
   * or undefined when another instance changed it first.
   */
  saveFetchState(state: FetchState, etag: string | undefined): Promise<string | undefined>;
}
