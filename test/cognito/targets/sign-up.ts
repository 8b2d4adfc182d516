// The sign-up calls stock cognito-local lacks (ResendConfirmationCode) or answers without what Cognito adds
// (ConfirmSignUp's Session, which USER_AUTH takes to sign the new user in, and the address it verified).
import type { Route } from 'cognito-local/lib/server/Router.js';
import { sendCode } from '../delivery.js';
import { clientContext, hidesUsers, attribute, stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';
import { CognitoError } from 'cognito-local/lib/errors.js';

export const ResendConfirmationCode =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const context = await clientContext(services, ctx, stringField(request, 'ClientId'));
    const username = stringField(request, 'Username');
    if (!username) throw cognitoError.invalidParameter('Missing required parameter Username');
    const user = await context.pool.getUserByUsername(ctx, username);
    if (!user) {
      if (hidesUsers(context.client)) return { CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: `${username.slice(0, 1)}***@***` } };
      throw new CognitoError('UserNotFoundException', 'Username/client id combination not found.');
    }
    if (user.UserStatus === 'CONFIRMED') throw cognitoError.invalidParameter('User is already confirmed.');
    const medium = attribute(user, 'email') ? 'EMAIL' : 'SMS';
    const delivery = await sendCode(services, ctx, context.pool, context.client.ClientId, user, medium, 'ResendCode');
    await context.pool.saveUser(ctx, { ...user, ConfirmationCode: delivery.code });
    return { CodeDeliveryDetails: { AttributeName: delivery.attributeName, DeliveryMedium: delivery.medium, Destination: delivery.destination } };
  };

export const ConfirmSignUp =
  (services: EmulatorServices, stock: Route): Target =>
  async (ctx, request) => {
    const output = (await stock(ctx, request)) as object;
    const clientId = stringField(request, 'ClientId') ?? '';
    const context = await clientContext(services, ctx, clientId);
    const confirmed = await context.pool.getUserByUsername(ctx, stringField(request, 'Username') ?? '');
    if (!confirmed) return output;
    // As Cognito: the code proved the address it went to (the email when the user has one, as SignUp sends it).
    const proven = attribute(confirmed, 'email') ? 'email_verified' : attribute(confirmed, 'phone_number') ? 'phone_number_verified' : undefined;
    const user = proven ? { ...confirmed, Attributes: [...confirmed.Attributes.filter((a) => a.Name !== proven), { Name: proven, Value: 'true' }] } : confirmed;
    if (proven) await context.pool.saveUser(ctx, user);
    const session = services.sessions.open({ challenge: 'SIGN_UP', clientId, username: user.Username, flow: 'USER_AUTH' });
    return { ...output, Session: session };
  };
