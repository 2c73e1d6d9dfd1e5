import { loadConfig } from '../../src/config/load-config';
import { downloadStoreFor } from '../../src/storage/blob/download-store';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

/** The downloads' container in Azurite: links that work, expire, and files the nightly job deletes. */
describe('the downloads in Azurite’s blob service', () => {
  const storage = () =>
    loadConfig({ STORAGE_CONNECTION_STRING: testConnectionString(), TABLE_PREFIX: uniqueTablePrefix() }).storage;
  const file = (name: string) => ({
    fileName: name,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: Buffer.from(`content of ${name}`),
  });

  test('when two documents have the same name, then each gets its own blob and link', async () => {
    const store = downloadStoreFor(storage());
    const first = await store.put(file('Tertialanalys.docx'));
    const second = await store.put(file('Tertialanalys.docx'));
    expect(first.url).not.toBe(second.url);
    expect(await (await fetch(first.url)).text()).toBe('content of Tertialanalys.docx');
  });

  test('when a name has a path or control characters, then the stored name keeps only its letters', async () => {
    const store = downloadStoreFor(storage());
    const link = await store.put(file('../../etc/pass\u0000wd\n.docx'));
    expect(new URL(link.url).pathname).toMatch(/-downloads\/[0-9a-f-]{36}\/etcpasswd.docx$/);
    const response = await fetch(link.url);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="etcpasswd.docx"; filename*=UTF-8''etcpasswd.docx`,
    );
  });

  test('when the nightly job runs a day later, then the documents are deleted and their links find nothing', async () => {
    const config = storage();
    const store = downloadStoreFor(config);
    const links = [await store.put(file('a.docx')), await store.put(file('b.docx'))];
    expect(await store.deleteExpired()).toBe(0);
    const dayLater = downloadStoreFor(config, { now: () => new Date(Date.now() + 25 * 3600_000) });
    expect(await dayLater.deleteExpired()).toBe(2);
    for (const link of links) expect((await fetch(link.url)).status).toBe(404);
  });
});
