import type { TestProject } from 'vitest/node';
import { startCognitoEmulator } from './emulator.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cognitoUrl: string;
  }
}

/** One emulator for the adapter project; each test file makes its own pools through the API. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const emulator = await startCognitoEmulator();
  project.provide('cognitoUrl', emulator.url);
  return () => emulator.stop();
}
