import type { DownloadFile, DownloadLink, DownloadStore } from './download-store';

/**
 * A download store that loads the blob SDK only when the first document is made or the nightly
 * clean-up runs: most processes never need it, and it would add to every start and to idle memory.
 */
export function lazyDownloadStore(load: () => Promise<DownloadStore>): DownloadStore {
  let store: Promise<DownloadStore> | undefined;
  const get = () => {
    store ??= load().catch((error: unknown) => {
      store = undefined;
      throw error;
    });
    return store;
  };
  return {
    put: async (file: DownloadFile): Promise<DownloadLink> => (await get()).put(file),
    deleteExpired: async (): Promise<number> => (await get()).deleteExpired(),
  };
}
