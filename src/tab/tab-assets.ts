import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The browser code `npm run build` bundles (src/web → dist/web), by the name the page asks for. */
const ASSETS = { 'tab.js': 'text/javascript; charset=utf-8', 'tab.css': 'text/css; charset=utf-8' } as const;
export type AssetName = keyof typeof ASSETS;

export interface Asset {
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
}

export const isAssetName = (name: string): name is AssetName => Object.hasOwn(ASSETS, name);

/** The project's root: the nearest folder above this file with a package.json (run from src/ or dist/). */
function projectRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * The bundle, read and compressed once on first use; undefined when it was not built (the API
 * still works; the page then says nothing loads).
 */
export function tabAssets(folder = join(projectRoot(), 'dist', 'web')): (name: AssetName) => Asset | undefined {
  const cache = new Map<AssetName, Asset | undefined>();
  return (name) => {
    if (!cache.has(name)) {
      const path = join(folder, name);
      const body = existsSync(path) ? readFileSync(path) : undefined;
      cache.set(name, body && { contentType: ASSETS[name], body, gzipped: gzipSync(body, { level: 9 }) });
    }
    return cache.get(name);
  };
}
