import type { BotDependencies } from '../deps';
import type { SamordnareCommand } from '../samordnare-commands';

/** `polishändelser hämta` (`police events fetch`): the samordnare fetches the police's events now. */
export const POLICE_FETCH_COMMAND = /^\s*(polishändelser|polishandelser|police events)\s+(hämta|hamta|fetch)\s*$/i;

export function policeCommands(deps: BotDependencies): SamordnareCommand[] {
  return [
    {
      name: 'policeFetch',
      pattern: POLICE_FETCH_COMMAND,
      async run(_group, t) {
        const run = await deps.police.fetchNow();
        switch (run.kind) {
          case 'disabled':
            return { message: t.police.disabled };
          case 'nothingToFetch':
            return { message: t.police.nothingToFetch };
          case 'tooSoon':
            return { message: t.police.tooSoon(run.waitSeconds) };
          case 'notDue':
            // Another instance is calling right now: the same as asking too soon.
            return {
              message: t.police.tooSoon(
                Math.max(1, Math.ceil((run.nextAttemptAt.getTime() - deps.clock.now().getTime()) / 1000)),
              ),
            };
          case 'ran':
            return { message: t.police.fetchRan(run.outcome, run.stored, run.skipped) };
        }
      },
    },
  ];
}
