import { z } from 'zod/v4';
import { areaSchema } from './areas';
import { eventTypeSchema } from './event-types';
import { storedScheduleSchema } from './schedule';

/**
 * Which organisations the council's card names next to an observation: only those with at least
 * two reporting members (default: one member's organisation would name the person), all, or none.
 */
export const ORGANISATION_DISPLAYS = ['minTwo', 'always', 'never'] as const;
export type OrganisationDisplay = (typeof ORGANISATION_DISPLAYS)[number];
export const DEFAULT_ORGANISATION_DISPLAY: OrganisationDisplay = 'minTwo';

/** Where the lägesbild is published: the council's channel, chosen with `publicera här`. */
export const councilChannelSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  name: z.string(),
  tenantId: z.string(),
  serviceUrl: z.string(),
});
export type CouncilChannel = z.output<typeof councilChannelSchema>;

/** How long the council's own name may be. */
export const COUNCIL_NAME_MAX = 100;

/** A group's id (a Teams team id) as a card, a dialog or the tab's API names it: checked before any lookup. */
export const groupIdSchema = z.string().min(1).max(256);

/** An EST group: a Teams team with the bot installed. */
export const groupSchema = z.object({
  /** The Teams team id. */
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  serviceUrl: z.string(),
  areas: z.array(areaSchema),
  /** The places (områden) of the kommun that members choose from. */
  omraden: z.array(z.string()),
  /** The kinds of event an observation may be given, retired ones included (see `event-types.ts`). */
  eventTypes: z.array(eventTypeSchema),
  schedule: storedScheduleSchema,
  installedAt: z.coerce.date(),
  council: councilChannelSchema.optional(),
  /**
   * The police's published events: the location names to fetch, and which police types count as
   * which händelsetyp (police type → händelsetyp id). Absent: the defaults (`police-settings.ts`).
   */
  police: z
    .object({
      locations: z.array(z.string().max(100)).max(20),
      typeMap: z.record(z.string().max(100), z.string().max(60)).optional(),
    })
    .optional(),
  /** Organisations in the council's card (absent: `DEFAULT_ORGANISATION_DISPLAY`). */
  organisationDisplay: z.enum(ORGANISATION_DISPLAYS).optional(),
  /** The group's own name for its council ("Trygghetsrådet"), on the reports' cover; absent: a general one. */
  councilName: z.string().max(COUNCIL_NAME_MAX).optional(),
});
export type Group = z.output<typeof groupSchema>;

/** A channel of the group's team (where `publicera här` may point). */
export const groupChannelSchema = z.object({ groupId: z.string(), channelId: z.string(), name: z.string() });
export type GroupChannel = z.output<typeof groupChannelSchema>;
/**
 * The organisation of a member whose organisation the samordnare has not set: a mark, not a word,
 * so that what is compiled and stored is the same in every language. Every renderer says it in the
 * reader's language (`organisationName` in `i18n/`); shown as it is, it still reads as "none".
 */
export const UNKNOWN_ORGANISATION = '–';

export const MEMBER_ROLES = ['member', 'samordnare'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A person in a group's team. */
export const groupMemberSchema = z.object({
  groupId: z.string(),
  /** Stable key of the person: the Entra object id, or the Teams user id when there is none. */
  memberKey: z.string(),
  teamsUserId: z.string(),
  aadObjectId: z.string().optional(),
  name: z.string(),
  role: z.enum(MEMBER_ROLES).default('member'),
  organisation: z.string().optional(),
  /** In the team but left out of the cycle by the samordnare (a guest, say). */
  excluded: z.boolean().default(false),
  /** False once the person has left the team. */
  active: z.boolean(),
  /** The member turned off återkoppling (`återkoppling av`): no messages about insatser their reports led to. */
  feedbackOff: z.boolean().optional(),
  joinedAt: z.coerce.date(),
});
export type GroupMember = z.output<typeof groupMemberSchema>;

/** Members who get prompts and count in the status: in the team and not excluded. */
export function isReporting(member: GroupMember): boolean {
  return member.active && !member.excluded;
}

/** A person's 1:1 chat with the bot, kept so that prompts can be sent without them asking. */
export const personalConversationSchema = z.object({
  memberKey: z.string(),
  tenantId: z.string(),
  teamsUserId: z.string(),
  conversationId: z.string(),
  serviceUrl: z.string(),
  /** The botbuilder ConversationReference, as stored JSON. */
  reference: z.record(z.string(), z.unknown()),
  /** The Teams client's locale when the person last wrote, for proactive messages. */
  locale: z.string().optional(),
  updatedAt: z.coerce.date(),
});
export type PersonalConversation = z.output<typeof personalConversationSchema>;

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

/** At most this many characters of a name fit beside a bar in Teams' bar chart. */
export const BAR_LABEL_LENGTH = 24;

/**
 * A name beside a bar, short enough not to be cut: whole when it fits, else its first words with
 * "…" (the card's table, or the document's, holds the name whole).
 */
export function barLabel(label: string): string {
  const name = label.trim().replace(/\s+/g, ' ');
  if (name.length <= BAR_LABEL_LENGTH) return name;
  const cut = name.slice(0, BAR_LABEL_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > BAR_LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,(/–-]+$/, '')}…`;
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
