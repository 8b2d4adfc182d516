import { Amplify, type ResourcesConfig } from 'aws-amplify';
import { describe, expect, it } from 'vitest';
import { createAmplifyAuthClient } from '../../src/amplify.js';
import { totpCode } from '../adapter/totp.js';
import { emulatorUrl } from './api.js';
import { seedPlaygroundPool } from './playground-pool.js';

describe('the playground\'s seeded pool', () => {
  it('is described by amplify_outputs.json that Amplify accepts, and its TOTP user signs in with the published secret', async () => {
    const outputs = await seedPlaygroundPool(emulatorUrl());
    Amplify.configure(outputs);
    const cognito = Amplify.getConfig().Auth?.Cognito;
    if (!cognito) throw new Error('no Cognito config');
    // What the playground's Amplify mode does: Gen 2 outputs have no field for a custom endpoint.
    Amplify.configure({ ...Amplify.getConfig(), Auth: { Cognito: { ...cognito, userPoolEndpoint: outputs.custom.gatehouse.userPoolEndpoint } } } as ResourcesConfig);
    const client = createAmplifyAuthClient();
    expect(client.getBackendConfig()).toMatchObject({ loginMechanisms: ['email'], passwordless: { firstFactors: ['EMAIL_OTP', 'PASSWORD'] } });
    const { users } = outputs.custom.gatehouse;
    expect(await client.signIn({ username: users.totp, password: users.password })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    expect((await client.confirmSignIn({ challengeResponse: totpCode(users.totpSecret) })).isSignedIn).toBe(true);
    await client.signOut();
    expect((await client.signIn({ username: users.plain, password: users.password })).isSignedIn).toBe(true);
    await client.signOut();
  });
});
