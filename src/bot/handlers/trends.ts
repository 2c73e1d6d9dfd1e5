import { trendsCard } from '../../cards/trends.card';
import type { Group } from '../../domain/group';
import { TREND_SPANS, type TrendFilter, type TrendSpan } from '../../domain/trends';
import type { Texts } from '../../i18n';
import { cardAction, type CardReply, formText, groupData } from '../card-actions';
import { type Command, oneGroupCommand } from '../command-table';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

const DEFAULT_SPAN: TrendSpan = 6;

async function trendsReply(
  deps: BotDependencies,
  group: Group,
  t: Texts,
  span: TrendSpan,
  filter: TrendFilter,
): Promise<CardReply> {
  const { trends, periods, running } = await deps.trends.trends(group, span, filter);
  return { card: trendsCard(group, { trends, periods, running }, span, filter, t) };
}

/** `trender` (`trends`): in the 1:1 chat, and with an @mention in the team's or the council's channel. */
export const trendCommands: readonly Command[] = [
  oneGroupCommand({
    name: 'trends',
    pattern: /^\s*(trender|trends)\s*$/i,
    role: 'samordnare',
    answersIn: ['personal', 'team', 'council'],
    menu: [],
    run: ({ group }, { deps, t }) => trendsReply(deps, group, t, DEFAULT_SPAN, {}),
  }),
];

export function trendActions(deps: BotDependencies) {
  return [
    cardAction({
      verb: VERBS.trendsShow,
      role: 'samordnare',
      input: groupData,
      async act({ group, raw, t }) {
        const span = TREND_SPANS.find((value) => String(value) === formText(raw.span)) ?? DEFAULT_SPAN;
        const areaId = formText(raw.areaId);
        const omrade = formText(raw.omrade);
        // Only the group's own choices filter; anything else is ignored (an outdated or forged card).
        const filter: TrendFilter = {
          ...(group.areas.some((area) => area.id === areaId) ? { areaId } : {}),
          ...(group.omraden.includes(omrade) ? { omrade } : {}),
        };
        return trendsReply(deps, group, t, span, filter);
      },
    }),
  ];
}
