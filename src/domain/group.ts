import type { EventType } from './event-types';
import type { GroupSchedule } from './schedule';

/** A reporting area (Fagersta's template has six). Labels are the group's own data. */
export interface Area {
  id: string;
  label: string;
}

/**
 * Which organisations the council's card names next to an observation: only those with at least
 * two reporting members (default: one member's organisation would name the person), all, or none.
 */
export const ORGANISATION_DISPLAYS = ['minTwo', 'always', 'never'] as const;
export type OrganisationDisplay = (typeof ORGANISATION_DISPLAYS)[number];
export const DEFAULT_ORGANISATION_DISPLAY: OrganisationDisplay = 'minTwo';

/** An EST group: a Teams team with the bot installed. */
export interface Group {
  /** The Teams team id. */
  id: string;
  tenantId: string;
  name: string;
  serviceUrl: string;
  areas: Area[];
  /** The places (områden) of the kommun that members choose from. */
  omraden: string[];
  /** The kinds of event an observation may be given, retired ones included (see `event-types.ts`). */
  eventTypes: EventType[];
  schedule: GroupSchedule;
  installedAt: Date;
  /** Where the lägesbild is published: the council's channel, chosen with `publicera här`. */
  council?: CouncilChannel;
  /**
   * The police's published events: the location names to fetch, and which police types count as
   * which händelsetyp (police type → händelsetyp id). Absent: the defaults (`police-settings.ts`).
   */
  police?: { locations: string[]; typeMap?: Record<string, string> };
  /** Organisations in the council's card (absent: `DEFAULT_ORGANISATION_DISPLAY`). */
  organisationDisplay?: OrganisationDisplay;
}

export interface CouncilChannel {
  teamId: string;
  channelId: string;
  name: string;
  tenantId: string;
  serviceUrl: string;
}

export interface GroupChannel {
  groupId: string;
  channelId: string;
  name: string;
}

export type MemberRole = 'member' | 'samordnare';

export interface GroupMember {
  groupId: string;
  /** Stable key of the person: the Entra object id, or the Teams user id when there is none. */
  memberKey: string;
  teamsUserId: string;
  aadObjectId?: string;
  name: string;
  role: MemberRole;
  organisation?: string;
  /** In the team but left out of the cycle by the samordnare (a guest, say). */
  excluded: boolean;
  /** False once the person has left the team. */
  active: boolean;
  /** The member turned off återkoppling (`återkoppling av`): no messages about insatser their reports led to. */
  feedbackOff?: boolean;
  joinedAt: Date;
}

/** Members who get prompts and count in the status: in the team and not excluded. */
export function isReporting(member: GroupMember): boolean {
  return member.active && !member.excluded;
}

/** A person's 1:1 chat with the bot, kept so that prompts can be sent without them asking. */
export interface PersonalConversation {
  memberKey: string;
  tenantId: string;
  teamsUserId: string;
  conversationId: string;
  serviceUrl: string;
  /** The botbuilder ConversationReference, as stored JSON. */
  reference: Record<string, unknown>;
  /** The Teams client's locale when the person last wrote, for proactive messages. */
  locale?: string;
  updatedAt: Date;
}

export function memberKeyOf(account: { id: string; aadObjectId?: string }): string {
  return account.aadObjectId && account.aadObjectId.length > 0 ? account.aadObjectId : account.id;
}

/** Short names of Fagersta's six areas (the default template), for chart axes. */
const SHORT_AREA_LABELS: Record<string, string> = {
  'ordningsstörning och otrygghet': 'Ordning',
  'hot och våld': 'Våld',
  'extremism och kriminella nätverk': 'Extrem',
  'ungdomar och skolor': 'Unga',
  'andt (alkohol, narkotika, dopning, tobak)': 'ANDT',
  övrigt: 'Övrigt',
};

/** At most this many characters fit under a bar when a chart shows six areas side by side. */
export const CHART_LABEL_LENGTH = 7;

/**
 * An area's name on a chart axis, short enough not to be cut: the known short name of a default
 * area, else its first word, else the label cut to `CHART_LABEL_LENGTH`.
 */
export function chartLabel(label: string): string {
  const known = SHORT_AREA_LABELS[label.trim().toLocaleLowerCase('sv')];
  if (known) return known;
  const first = label.trim().split(/[\s(/,]+/)[0] ?? label;
  return (first.length > 0 ? first : label).slice(0, CHART_LABEL_LENGTH);
}

/** The areas of the lägesbild template the kommuner use (Fagersta's six), the default of a new group. */
export const DEFAULT_AREA_LABELS = [
  'Ordningsstörning och otrygghet',
  'Hot och våld',
  'Extremism och kriminella nätverk',
  'Ungdomar och skolor',
  'ANDT (alkohol, narkotika, dopning, tobak)',
  'Övrigt',
] as const;

/** Stable ids for area labels: lower-case ASCII slugs, unique within the group. */
export function areasFromLabels(labels: readonly string[]): Area[] {
  const used = new Set<string>();
  return labels.map((label) => {
    const base =
      label
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/\(.*?\)/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || 'omrade';
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return { id, label };
  });
}

/** The organisations an EST group is usually made of; the samordnare picks one per member. */
export const ORGANISATIONS = [
  'Polisen',
  'Kommunen (förvaltning)',
  'Socialtjänsten',
  'Skola',
  'Fritidsgård/fältare',
  'Bostadsbolag',
  'Kommunalteknik (belysning, parker)',
  'Väktare/bevakning',
  'Räddningstjänsten',
  'Handel (Trygg dagligvaruhandel)',
  'Församling',
  'Annan',
] as const;

/** The group with this team id, else the one with this name (any case). */
export function groupByIdOrName(groups: Group[], idOrName: string): Group | undefined {
  return (
    groups.find((group) => group.id === idOrName) ??
    groups.find((group) => group.name.toLowerCase() === idOrName.toLowerCase())
  );
}
