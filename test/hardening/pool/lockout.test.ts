// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTestPool, failure, MINUTE, PASSWORD, SECOND, type TestPool } from '../../support/local-pool.js';

// Cognito: "After five failed sign-in attempts, Amazon Cognito locks out your user for one second. The lockout
// duration then doubles after each additional one failed attempt, up to a maximum of approximately 15 minutes."
const EMAIL = 'ana@example.com';
const INCORRECT = { name: 'NotAuthorizedException', message: 'Incorrect username or password.' };
const LOCKED = { name: 'NotAuthorizedException', message: 'Password attempts exceeded' };

async function pool(): Promise<TestPool> {
  const p = createTestPool();
  await p.seedUser({ username: EMAIL, password: PASSWORD });
  return p;
}

const wrong = (p: TestPool) => failure(p.client.signIn({ username: EMAIL, password: 'Wrong-Pass-1' }));
const right = (p: TestPool) => p.client.signIn({ username: EMAIL, password: PASSWORD }).then((output) => output.nextStep.signInStep, (error: unknown) => error);

describe('lockout after wrong passwords, on the pool’s clock', () => {
  it('locks for 1 s after the 5th failure, then doubles with each further one, up to 15 minutes', async () => {
    const p = await pool();
    for (let n = 1; n <= 4; n++) expect(await wrong(p)).toEqual(INCORRECT);
    const seen: number[] = [];
    for (let n = 5; n <= 17; n++) {
      expect(await wrong(p)).toEqual(INCORRECT);
      const lockMs = Math.min(2 ** (n - 5) * SECOND, 15 * MINUTE);
      seen.push(lockMs / SECOND);
      p.advance(lockMs - 1);
      // Still locked a millisecond before the end: even the right password is refused.
      expect(await right(p)).toMatchObject(LOCKED);
      expect((await p.client.admin.getUser(EMAIL))?.locked).toBe(true);
      p.advance(1);
      expect((await p.client.admin.getUser(EMAIL))?.locked).toBe(false);
    }
    expect(seen).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
  });

  it('does not lengthen the lock for attempts made during it', async () => {
    const p = await pool();
    for (let n = 1; n <= 6; n++) {
      expect(await wrong(p)).toEqual(INCORRECT);
      if (n === 5) p.advance(SECOND);
    }
    // Locked for 2 s now; three attempts inside it are refused and change nothing.
    for (let i = 0; i < 3; i++) {
      p.advance(500);
      expect(await wrong(p)).toEqual(LOCKED);
    }
    p.advance(500);
    expect(await right(p)).toBe('DONE');
  });

  it('starts the count again after a successful sign-in once the lock is over', async () => {
    const p = await pool();
    for (let n = 1; n <= 5; n++) await wrong(p);
    p.advance(SECOND);
    expect(await right(p)).toBe('DONE');
    await p.client.signOut();
    for (let n = 1; n <= 4; n++) expect(await wrong(p)).toEqual(INCORRECT);
    expect(await right(p)).toBe('DONE');
    await p.client.signOut();
    for (let n = 1; n <= 5; n++) await wrong(p);
    // The 5th failure of a fresh count: one second again, not the 2 s a 6th would bring.
    p.advance(SECOND);
    expect(await right(p)).toBe('DONE');
  });

  it('starts the count again after 15 minutes without an attempt', async () => {
    const p = await pool();
    for (let n = 1; n <= 5; n++) await wrong(p);
    p.advance(SECOND);
    expect(await wrong(p)).toEqual(INCORRECT);
    p.advance(15 * MINUTE);
    for (let n = 1; n <= 4; n++) expect(await wrong(p)).toEqual(INCORRECT);
    expect(await right(p)).toBe('DONE');
  });

  it('locks out a sign-in name of no user just as a real account, when the pool hides which users exist', async () => {
    const p = createTestPool({ preventUserExistenceErrors: true });
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    const answers = async (username: string) => {
      const seen: unknown[] = [];
      for (let n = 1; n <= 7; n++) seen.push(await failure(p.client.signIn({ username, password: 'Wrong-Pass-1' })));
      p.advance(SECOND);
      seen.push(await failure(p.client.signIn({ username, password: 'Wrong-Pass-1' })));
      p.advance(2 * SECOND);
      seen.push(await failure(p.client.signIn({ username, password: 'Wrong-Pass-1' })));
      p.advance(15 * MINUTE);
      seen.push(await failure(p.client.signIn({ username, password: 'Wrong-Pass-1' })));
      return seen;
    };
    const known = await answers(EMAIL);
    expect(known).toEqual([INCORRECT, INCORRECT, INCORRECT, INCORRECT, INCORRECT, LOCKED, LOCKED, INCORRECT, INCORRECT, INCORRECT]);
    expect(await answers('nobody@example.com')).toEqual(known);
  });
});
