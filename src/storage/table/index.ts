import type { Logger } from '../../logger';
import type { Repositories } from '../repositories';
import { TableConversationRepository } from './conversation-table';
import { TableDispatchRepository, TableLeaseRepository, TableOutboxRepository } from './dispatch-table';
import { TableGroupRepository } from './group-table';
import { TableInsatsRepository } from './insats-table';
import { TableMemberRepository } from './member-table';
import { TablePledgeRepository } from './pledge-table';
import { TablePoliceEventRepository } from './police-event-table';
import { TablePositionRepository } from './position-table';
import { TablePublicationRepository } from './publication-table';
import { TableReportRepository } from './report-table';
import { TableReviewRepository } from './review-table';
import { RowProblems } from './rows';
import type { TableClients } from './table-clients';

export {
  ensureTables,
  tableClientsFor,
  tableClientsFromConnectionString,
  tableClientsFromEndpoint,
  type TableClients,
} from './table-clients';

/** The Azure Table repositories; rows that do not parse are reported once to `logger`. */
export function tableRepositories(clients: TableClients, logger?: Logger): Repositories {
  const problems = new RowProblems(logger);
  return {
    groups: new TableGroupRepository(clients.groups, clients.channels, problems),
    members: new TableMemberRepository(clients.members, clients.memberships, problems),
    conversations: new TableConversationRepository(clients.conversations, problems),
    reports: new TableReportRepository(clients.reports, problems),
    dispatches: new TableDispatchRepository(clients.dispatches, problems),
    outbox: new TableOutboxRepository(clients.outbox, problems),
    leases: new TableLeaseRepository(clients.leases, problems),
    publications: new TablePublicationRepository(clients.publications, problems),
    reviews: new TableReviewRepository(clients.reports, problems),
    pledges: new TablePledgeRepository(clients.pledges, problems),
    insatser: new TableInsatsRepository(clients.insatser, problems),
    policeEvents: new TablePoliceEventRepository(clients.policeEvents, problems),
    positions: new TablePositionRepository(clients.groups, problems),
  };
}
