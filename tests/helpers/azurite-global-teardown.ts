import type { ChildProcess } from 'node:child_process';
import { stopChild } from '../../scripts/dev-stack';

export default async function globalTeardown(): Promise<void> {
  const children = (globalThis as { __AZURITE__?: ChildProcess[] }).__AZURITE__ ?? [];
  await Promise.all(children.map((child) => stopChild(child, 'SIGTERM')));
}
