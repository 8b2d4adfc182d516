import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCognitoEmulator } from './emulator.js';

describe('the emulator process', () => {
  it('listens on 127.0.0.1 on a free port, keeps its data under .cognito of a throw-away directory, and cleans up', async () => {
    const emulator = await startCognitoEmulator();
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${emulator.url}/health`)).json()).toEqual({ ok: true });
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.CreateUserPool' },
      body: JSON.stringify({ PoolName: 'files' }),
    });
    const { UserPool } = (await response.json()) as { UserPool: { Id: string } };
    expect(readdirSync(join(emulator.directory, '.cognito', 'db'))).toContain(`${UserPool.Id}.json`);
    await emulator.stop();
    expect(existsSync(emulator.directory)).toBe(false);
    await expect(fetch(`${emulator.url}/health`)).rejects.toThrow();
  });
});
