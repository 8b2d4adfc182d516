// @vitest-environment jsdom
// Its own file: Amplify's token store is a singleton, and here it must never have been set up by Amplify.configure.
import { Amplify } from 'aws-amplify';
import { describe, expect, it } from 'vitest';
import { createAmplifyAuthClient } from '../../src/amplify.js';

const COGNITO = { userPoolId: 'us-east-1_Custom0000', userPoolClientId: 'customclient', loginWith: { email: true } };

describe("the Amplify adapter's mayHaveSession with the app's own token provider", () => {
  it('says yes, since the tokens are where the adapter cannot look; with Amplify’s own store set up, no', () => {
    Amplify.configure({ Auth: { Cognito: COGNITO } }, { Auth: { tokenProvider: { getTokens: () => Promise.resolve(null) } } });
    const client = createAmplifyAuthClient();
    expect(client.mayHaveSession?.()).toBe(true);
    Amplify.configure({ Auth: { Cognito: COGNITO } });
    expect(client.mayHaveSession?.()).toBe(false);
  });
});
