import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { TeamAccount } from '../services/installation-service';

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
      for (const member of page.members) {
        members.push({ id: member.id, aadObjectId: member.aadObjectId, name: member.name });
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken);
    return members;
  },
  async channels(context, teamId) {
    const channels = await TeamsInfo.getTeamChannels(context, teamId);
    return channels
      .filter((channel) => channel.id)
      .map((channel) => ({ id: channel.id as string, name: channel.name }));
  },
};
