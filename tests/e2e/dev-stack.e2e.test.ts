import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeStackPorts, startStack } from '../../scripts/dev-stack';
import { tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';

describe('the dev stack', () => {
  test('when it is stopped and started again on the same data folder, then the earlier data is there', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lagesbild-data-'));
    const ports = await freeStackPorts();
    const quiet = () => undefined;
    try {
      const first = await startStack({ ...ports, dataDir, output: quiet });
      const health = await fetch(`${first.botUrl}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const before = tableRepositories(tableClientsFromConnectionString(first.connectionString, 'est'));
      await before.conversations.upsertPersonal({
        memberKey: 'kept-across-restarts',
        tenantId: 't',
        teamsUserId: '29:x',
        conversationId: 'a:1',
        serviceUrl: 'http://localhost/',
        reference: {},
        updatedAt: new Date(),
      });
      await first.stop();

      const second = await startStack({ ...ports, dataDir, output: quiet });
      try {
        const after = tableRepositories(tableClientsFromConnectionString(second.connectionString, 'est'));
        expect(await after.conversations.getPersonal('kept-across-restarts')).toMatchObject({ conversationId: 'a:1' });
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('when a port is taken, then the stack refuses to start and says which', async () => {
    const blocker = await startStack({ ...(await freeStackPorts()), output: () => undefined });
    try {
      const botPort = Number(new URL(blocker.botUrl).port);
      await expect(startStack({ ...(await freeStackPorts()), botPort, output: () => undefined })).rejects.toThrow(
        `port ${botPort} (boten) är upptagen`,
      );
    } finally {
      await blocker.stop();
    }
  });
});
