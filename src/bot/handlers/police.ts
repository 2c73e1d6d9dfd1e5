import { type Command, senderCommand } from '../command-table';

/** `polishändelser hämta` (`police events fetch`): the samordnare fetches the police's events now. */
export const policeCommands: readonly Command[] = [
  senderCommand({
    name: 'policeFetch',
    pattern: /^\s*(polishändelser|polishandelser|police events)\s+(hämta|hamta|fetch)\s*$/i,
    role: 'samordnare',
    answersIn: ['personal'],
    menu: [],
    // The police's events are fetched for every group at once: no group to choose.
    async run(_groups, { deps, t }) {
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
  }),
];
