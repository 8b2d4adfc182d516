import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Kind } from './kinds.js';

/** Runs one hardening case and notes it: tried before, held once every assertion in it passed. */
export async function holds(kind: Kind, check: () => Promise<void>): Promise<void> {
  const file = join(inject('hardeningTally'), `${process.pid}.jsonl`);
  appendFileSync(file, `${JSON.stringify({ kind, outcome: 'tried' })}\n`);
  await check();
  appendFileSync(file, `${JSON.stringify({ kind, outcome: 'held' })}\n`);
}
