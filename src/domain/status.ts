import { z } from 'zod/v4';
import type { OutboxEntry } from './dispatch';
import { isReporting, UNKNOWN_ORGANISATION, type Group, type GroupMember } from './group';
import type { ReportingPeriod } from './periods';
import type { Report } from './report';
import type { PeriodInstants } from './schedule';

export const organisationStatusSchema = z.object({ organisation: z.string(), answered: z.number(), total: z.number() });
export type OrganisationStatus = z.infer<typeof organisationStatusSchema>;

/** Who has answered in a period: what the samordnare's `status` shows. */
export const participationStatusSchema = z.object({
  total: z.number(),
  answered: z.number(),
  nothingToReport: z.number(),
  byOrganisation: z.array(organisationStatusSchema),
  missing: z.array(z.string()),
  unreachable: z.array(z.string()),
});
export type ParticipationStatus = z.infer<typeof participationStatusSchema>;

/**
 * A pure summary of the period: reporting members (in the team, not excluded), their reports, and
 * whether the last message of the cycle reached them. Members whose organisation the samordnare
 * has not set count under `UNKNOWN_ORGANISATION`.
 */
export function participationStatus(
  members: GroupMember[],
  reports: Report[],
  outbox: OutboxEntry[],
): ParticipationStatus {
  const reporting = members.filter(isReporting);
  const reportsByMember = new Map(reports.map((report) => [report.memberKey, report]));
  const latestMessage = new Map<string, OutboxEntry>();
  for (const entry of [...outbox].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())) {
    latestMessage.set(entry.memberKey, entry);
  }
  const organisations = new Map<string, OrganisationStatus>();
  for (const member of reporting) {
    const organisation = member.organisation ?? UNKNOWN_ORGANISATION;
    const row = organisations.get(organisation) ?? { organisation, answered: 0, total: 0 };
    row.total += 1;
    if (reportsByMember.has(member.memberKey)) row.answered += 1;
    organisations.set(organisation, row);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'sv');
  const notAnswered = reporting.filter((member) => !reportsByMember.has(member.memberKey));
  const unreachable = notAnswered.filter((member) => {
    const state = latestMessage.get(member.memberKey)?.state;
    return state === 'unreachable' || state === 'failed';
  });
  return {
    total: reporting.length,
    answered: reporting.length - notAnswered.length,
    nothingToReport: reporting.filter((member) => reportsByMember.get(member.memberKey)?.nothingToReport).length,
    byOrganisation: [...organisations.values()].sort((a, b) => byName(a.organisation, b.organisation)),
    missing: notAnswered.map((member) => member.name).sort(byName),
    unreachable: unreachable.map((member) => member.name).sort(byName),
  };
}

/** The samordnare's `status` card as a value: the period, its instants and who has answered. */
export interface StatusView {
  group: Group;
  period: ReportingPeriod;
  instants: PeriodInstants;
  status: ParticipationStatus;
}
