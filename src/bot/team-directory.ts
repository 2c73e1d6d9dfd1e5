import { TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import type { TeamAccount } from '../services/installation-service';

/**
 * The connector's answers are checked like any other input: an account without a usable id is
 * left out, a name or object id of the wrong type is dropped (the id stands in for the name).
 */
const optionalText = (max: number) => z.string().max(max).optional().catch(undefined);
const account = z.object({ id: z.string().min(1).max(256), aadObjectId: optionalText(128), name: optionalText(512) });
const channel = z.object({ id: z.string().min(1).max(1024), name: optionalText(512) });

function valid<T>(schema: z.ZodType<T>, values: unknown): T[] {
  if (!Array.isArray(values)) return [];
  return values.flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What the bot asks Teams about a team. Behind an interface so bot tests need no connector. */
export interface TeamDirectory {
  members(context: TurnContext, teamId: string): Promise<TeamAccount[]>;
  channels(context: TurnContext, teamId: string): Promise<{ id: string; name?: string }[]>;
}

const PAGE_SIZE = 100;

/** The real directory: the Bot Connector's paged member list and channel list. */
export const teamsDirectory: TeamDirectory = {
  async members(context, teamId) {
    const members: TeamAccount[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await TeamsInfo.getPagedTeamMembers(context, teamId, PAGE_SIZE, continuationToken);
      members.push(...valid(account, page.members));
      continuationToken =
        typeof page.continuationToken === 'string' && page.continuationToken ? page.continuationToken : undefined;
    } while (continuationToken);
    return members;
  },
  async channels(context, teamId) {
    return valid(channel, await TeamsInfo.getTeamChannels(context, teamId));
  },
};
