import { describe, expect, it } from 'vitest';
import { claimsOf, createTestPool, failure, PASSWORD, storedTokens, type TestPool } from '../../support/local-pool.js';

// User pool groups: "user pool group claims are found in both the access token and ID token on the
// cognito:groups claim" (Amplify docs, tokens and credentials). Groups are declared as Amplify Gen 2's
// defineAuth({ groups: [...] }); AdminAddUserToGroup needs an existing group (ResourceNotFoundException).
const EMAIL = 'ana@example.com';

function groupPool(): TestPool {
  return createTestPool({ groups: ['ADMINS', 'EDITORS', 'READERS'] });
}

function groupClaims(pool: TestPool): { id: unknown; access: unknown } {
  const tokens = storedTokens(pool.storage);
  return { id: claimsOf(tokens?.idToken ?? '')['cognito:groups'], access: claimsOf(tokens?.accessToken ?? '')['cognito:groups'] };
}

describe('groups', () => {
  it('puts a seeded user’s groups in both tokens, by precedence', async () => {
    const p = groupPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD, groups: ['READERS', 'ADMINS'] });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(groupClaims(p)).toEqual({ id: ['ADMINS', 'READERS'], access: ['ADMINS', 'READERS'] });
    expect((await p.client.fetchAuthSession()).tokens?.accessToken.payload['cognito:groups']).toEqual(['ADMINS', 'READERS']);
  });

  it('leaves the claim out for a user in no group', async () => {
    const p = groupPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(groupClaims(p)).toEqual({ id: undefined, access: undefined });
  });

  it('adds and removes members; tokens show the change once refreshed', async () => {
    const p = groupPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    await p.client.admin.addUserToGroup(EMAIL, 'EDITORS');
    await p.client.admin.addUserToGroup(EMAIL, 'EDITORS');
    expect(await p.client.admin.listGroupsForUser(EMAIL)).toEqual(['EDITORS']);
    expect(groupClaims(p).access).toBeUndefined();
    await p.client.fetchAuthSession({ forceRefresh: true });
    expect(groupClaims(p)).toEqual({ id: ['EDITORS'], access: ['EDITORS'] });
    await p.client.admin.removeUserFromGroup(EMAIL, 'EDITORS');
    await p.client.fetchAuthSession({ forceRefresh: true });
    expect(groupClaims(p)).toEqual({ id: undefined, access: undefined });
    expect((await p.client.admin.getUser(EMAIL))?.groups).toEqual([]);
  });

  it('names a user by any sign-in name, as the Admin calls do', async () => {
    const p = createTestPool({ groups: ['ADMINS'], loginWith: { username: true, email: true } });
    await p.seedUser({ username: 'ana', password: PASSWORD, attributes: { email: EMAIL } });
    await p.client.admin.addUserToGroup(EMAIL, 'ADMINS');
    expect((await p.client.admin.getUser('ana'))?.groups).toEqual(['ADMINS']);
  });

  it('refuses a group the pool does not have, and a user that does not exist', async () => {
    const p = groupPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    expect(await failure(p.client.admin.addUserToGroup(EMAIL, 'admins'))).toEqual({ name: 'ResourceNotFoundException', message: 'Group not found.' });
    expect(await failure(p.client.admin.removeUserFromGroup(EMAIL, 'OWNERS'))).toEqual({ name: 'ResourceNotFoundException', message: 'Group not found.' });
    expect(await failure(p.client.admin.addUserToGroup('nobody@example.com', 'ADMINS'))).toEqual({ name: 'UserNotFoundException', message: 'User does not exist.' });
    expect(await failure(p.client.admin.listGroupsForUser('nobody@example.com'))).toMatchObject({ name: 'UserNotFoundException' });
    expect(await failure(p.seedUser({ username: 'bea@example.com', password: PASSWORD, groups: ['OWNERS'] }))).toMatchObject({ name: 'ResourceNotFoundException' });
    expect(await p.client.admin.getUser('bea@example.com')).toBeUndefined();
  });

  it('refuses a pool configured with a blank or repeated group name', () => {
    expect(() => createTestPool({ groups: ['ADMINS', 'ADMINS'] })).toThrow('distinct');
    expect(() => createTestPool({ groups: [' '] })).toThrow('distinct');
  });
});
