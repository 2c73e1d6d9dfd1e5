import type { Group } from '../domain/group';
import type { InsatsLine } from '../domain/insats-follow-up';
import type { ReportingPeriod } from '../domain/periods';
import { compilePlaceMap, placeKey, type PlaceMap, type PlaceMapFilter, type Position } from '../domain/place-map';
import type { TrendSpan } from '../domain/trends';
import type { Repositories } from '../storage/repositories';
import type { InsatsFollowUpService } from './insats-follow-up';
import { activeMembership } from './membership';
import type { PoliceEventService } from './police-event-service';
import type { SituationPictureService } from './situation-picture-service';
import type { TrendService } from './trend-service';

/**
 * What the tab shows of a group: the EST group's compiled figures (`team`), or only what was
 * published to the council (`council`).
 */
export type TabView = 'team' | 'council';

/** What a person may see of a group, as the bot's roles say. */
export interface TabAccess {
  group: Group;
  view: TabView;
  /** A samordnare of the group, in the group's own view: may place places on the map. */
  mayPlace: boolean;
}

export interface TabGroup {
  id: string;
  name: string;
  view: TabView;
  /** The team the view belongs in: the group's own, or the council's channel's team. */
  teamId: string;
}

export type PositionOutcome = 'saved' | 'removed' | 'forbidden' | 'unknownPlace';

/** The Lägesbild tab's figures: from the same stored data and compile as the bot's cards. */
export class TabService {
  constructor(
    private readonly repositories: Repositories,
    private readonly situationPictures: SituationPictureService,
    private readonly trends: TrendService,
    private readonly insatser: InsatsFollowUpService,
    private readonly police: PoliceEventService,
  ) {}

  /** The groups a person sees: their own (as members) and those whose council sits in a team they are in. */
  async groupsOf(memberKey: string): Promise<TabGroup[]> {
    const ids = await this.repositories.members.groupIdsOf(memberKey);
    const own = (await Promise.all(ids.map((id) => activeMembership(this.repositories, memberKey, id)))).flatMap(
      (membership) => (membership ? [membership.group] : []),
    );
    const teams = new Set(own.map((group) => group.id));
    const councils = (await this.repositories.groups.list()).filter(
      (group) => group.council && teams.has(group.council.teamId),
    );
    return [
      ...own.map((group): TabGroup => ({ id: group.id, name: group.name, view: 'team', teamId: group.id })),
      ...councils.map((group): TabGroup => ({
        id: group.id,
        name: group.name,
        view: 'council',
        teamId: group.council!.teamId,
      })),
    ];
  }

  /**
   * What `memberKey` may see of the group in `view`: its active members see either view; the
   * council's view is also for the active members of the team whose channel the council is.
   */
  async access(memberKey: string, groupId: string, view: TabView): Promise<TabAccess | undefined> {
    const membership = await activeMembership(this.repositories, memberKey, groupId);
    if (view === 'team') {
      return membership && { group: membership.group, view, mayPlace: membership.member.role === 'samordnare' };
    }
    const group = membership?.group ?? (await this.repositories.groups.get(groupId));
    if (!group?.council) return undefined;
    const inCouncil = membership ?? (await activeMembership(this.repositories, memberKey, group.council.teamId));
    return inCouncil ? { group, view, mayPlace: false } : undefined;
  }

  /** The map of the span's closed periods: compiled for the group, as published for the council. */
  async map(access: TabAccess, span: TrendSpan, filter: PlaceMapFilter = {}): Promise<PlaceMap> {
    const { group } = access;
    const periods = this.trends.periods(group, span);
    const [pictures, positions, policeEvents] = await Promise.all([
      access.view === 'team' ? this.compiled(group, periods) : this.published(group, periods),
      this.repositories.positions.list(group.id),
      this.police.eventsBetween(group, periods[0].start, periods[periods.length - 1].end),
    ]);
    return compilePlaceMap({
      periodIds: periods.map((period) => period.id),
      pictures,
      omraden: group.omraden,
      positions,
      policeEvents,
      filter,
    });
  }

  /**
   * Places an område or a plats in one of the group's områden (a samordnare in the group's view);
   * `undefined` takes it off the map.
   */
  async setPosition(access: TabAccess, key: string, position: Position | undefined): Promise<PositionOutcome> {
    if (!access.mayPlace) return 'forbidden';
    const omrade = key.slice(0, key.indexOf('|') + 1);
    if (!access.group.omraden.some((name) => placeKey(name) === omrade)) return 'unknownPlace';
    if (!position) {
      await this.repositories.positions.remove(access.group.id, key);
      return 'removed';
    }
    await this.repositories.positions.set(access.group.id, key, position);
    return 'saved';
  }

  /** The insatser board: every insats for the group; for the council, those its last lägesbild showed. */
  async insatsBoard(access: TabAccess): Promise<InsatsLine[]> {
    if (access.view === 'team') return this.insatser.board(access.group);
    const [latest] = await this.repositories.publications.list(access.group.id);
    const section = latest?.content.insatsSection;
    if (!section) return [];
    const byNumber = new Map<number, InsatsLine>();
    for (const line of [...section.created, ...section.changed, ...section.overdue, ...section.done]) {
      byNumber.set(line.number, { ...byNumber.get(line.number), ...line });
    }
    return [...byNumber.values()].sort((a, b) => a.number - b.number);
  }

  private async compiled(group: Group, periods: ReportingPeriod[]) {
    return Promise.all(periods.map(async (period) => (await this.situationPictures.picture(group, period)).picture));
  }

  private async published(group: Group, periods: ReportingPeriod[]) {
    const publications = new Map(
      (await this.repositories.publications.list(group.id)).map((publication) => [publication.periodId, publication]),
    );
    return periods.map((period) => publications.get(period.id)?.content.picture);
  }
}
