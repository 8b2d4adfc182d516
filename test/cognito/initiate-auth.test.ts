import { describe, expect, it } from 'vitest';
import { cognitoApi, createPool, createUser, initiateAuth, latestCode, uniqueEmail } from './api.js';

const passwordAuth = { client: { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] } };

describe('InitiateAuth answers as Cognito documents', () => {
  it('USER_PASSWORD_AUTH: "Incorrect username or password." for a wrong password, hidden or not for an unknown user', async () => {
    const setup = await createPool(passwordAuth);
    const email = uniqueEmail('password');
    await createUser(setup, { email });
    await expect(initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Wr0ng!pass' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    await expect(initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: uniqueEmail('nobody'), PASSWORD: 'Passw0rd!' })).rejects.toMatchObject({ name: 'UserNotFoundException' });
    const hiding = await createPool({ client: { ...passwordAuth.client, PreventUserExistenceErrors: 'ENABLED' } });
    await expect(initiateAuth(hiding, 'USER_PASSWORD_AUTH', { USERNAME: uniqueEmail('nobody'), PASSWORD: 'Passw0rd!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('refuses a disabled user and a flow the client does not allow', async () => {
    const setup = await createPool(passwordAuth);
    const email = uniqueEmail('disabled');
    await createUser(setup, { email });
    await cognitoApi('AdminDisableUser', { UserPoolId: setup.userPoolId, Username: email });
    await expect(initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'User is disabled.',
    });
    await expect(initiateAuth(setup, 'USER_SRP_AUTH', { USERNAME: email, SRP_A: 'ab' })).rejects.toMatchObject({ message: 'USER_SRP_AUTH flow not enabled for this client' });
  });

  it('ResendConfirmationCode sends a new code and reports where, masked', async () => {
    const setup = await createPool();
    const email = uniqueEmail('resend');
    await cognitoApi('SignUp', { ClientId: setup.userPoolClientId, Username: email, Password: 'Passw0rd!', UserAttributes: [{ Name: 'email', Value: email }] });
    const first = await latestCode(email);
    const resent = await cognitoApi('ResendConfirmationCode', { ClientId: setup.userPoolClientId, Username: email });
    expect(resent).toEqual({ CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'r***@e***' } });
    expect(await latestCode(email)).not.toBe(first);
    await expect(cognitoApi('ResendConfirmationCode', { ClientId: setup.userPoolClientId, Username: uniqueEmail('nobody') })).rejects.toMatchObject({
      name: 'UserNotFoundException',
      message: 'Username/client id combination not found.',
    });
  });
});
