import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { KINDS, type Kind } from './ui/kinds.js';

declare module 'vitest' {
  export interface ProvidedContext {
    hardeningTally: string;
  }
}

/**
 * Gives the hardening tests a folder to note each case in (tally.ts), and prints the figures once they have
 * all run: "faults: N tried, N held; bad inputs: …; double submits: …". A case that did not hold has failed
 * its test already; the line says how many were tried.
 */
export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'gatehouse-hardening-'));
  project.provide('hardeningTally', folder);
  return () => {
    const counts = new Map<Kind, { tried: number; held: number }>(KINDS.map((kind) => [kind, { tried: 0, held: 0 }]));
    for (const file of readdirSync(folder)) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean)) {
        const { kind, outcome } = JSON.parse(line) as { kind: Kind; outcome: 'tried' | 'held' };
        const count = counts.get(kind);
        if (count) count[outcome] += 1;
      }
    }
    rmSync(folder, { recursive: true, force: true });
    console.log(KINDS.map((kind) => `${kind}: ${counts.get(kind)?.tried ?? 0} tried, ${counts.get(kind)?.held ?? 0} held`).join('; '));
  };
}
