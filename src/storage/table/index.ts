import type { Repositories } from '../repositories';
import { TableConversationRepository } from './conversation-table';
import { TableDispatchRepository, TableLeaseRepository, TableOutboxRepository } from './dispatch-table';
import { TableGroupRepository } from './group-table';
import { TableMemberRepository } from './member-table';
import { TablePledgeRepository } from './pledge-table';
import { TablePublicationRepository } from './publication-table';
import { TableReportRepository } from './report-table';
import type { TableClients } from './table-clients';

export {
  ensureTables,
  tableClientsFor,
  tableClientsFromConnectionString,
  tableClientsFromEndpoint,
  type TableClients,
} from './table-clients';

export function tableRepositories(clients: TableClients): Repositories {
  return {
    groups: new TableGroupRepository(clients.groups, clients.channels),
    members: new TableMemberRepository(clients.members, clients.memberships),
    conversations: new TableConversationRepository(clients.conversations),
    reports: new TableReportRepository(clients.reports),
    dispatches: new TableDispatchRepository(clients.dispatches),
    outbox: new TableOutboxRepository(clients.outbox),
    leases: new TableLeaseRepository(clients.leases),
    publications: new TablePublicationRepository(clients.publications),
    pledges: new TablePledgeRepository(clients.pledges),
  };
}
