import { Router, type Route } from 'cognito-local/lib/server/Router.js';
import { maskDestination } from './delivery.js';
import { stringField, type EmulatorServices, type Target } from './emulator-services.js';
import { ChangePassword, DeleteUser } from './targets/account.js';
import { DeleteUserAttributes, GetUserAttributeVerificationCode, UpdateUserAttributes, VerifyUserAttribute } from './targets/attributes.js';
import { ConfirmDevice, ForgetDevice, GetDevice, ListDevices, UpdateDeviceStatus } from './targets/devices.js';
import { InitiateAuth } from './targets/initiate-auth.js';
import { SetUserMFAPreference } from './targets/mfa-preference.js';
import { GetTokensFromRefreshToken, GlobalSignOut } from './targets/refresh.js';
import { RespondToAuthChallenge } from './targets/respond-to-auth-challenge.js';
import { ConfirmSignUp, ResendConfirmationCode } from './targets/sign-up.js';
import { AssociateSoftwareToken, VerifySoftwareToken } from './targets/software-token.js';
import {
  CompleteWebAuthnRegistration,
  DeleteWebAuthnCredential,
  ListWebAuthnCredentials,
  SetUserPoolMfaConfig,
  StartWebAuthnRegistration,
} from './targets/webauthn.js';

/** RevokeToken also revokes the access tokens minted from that refresh token. */
function revokeToken(services: EmulatorServices, stock: Route): Target {
  return async (ctx, request) => {
    const output = (await stock(ctx, request)) as object;
    const token = stringField(request, 'Token');
    if (token) services.revocations.revokeRefreshToken(token);
    return output;
  };
}

interface DeliveryDetails {
  Destination?: string;
}

/** Cognito masks every destination it reports (cognito-local reports them in full). */
function masked(output: object): object {
  const mask = (details: DeliveryDetails): DeliveryDetails =>
    details.Destination === undefined || details.Destination.includes('*') ? details : { ...details, Destination: maskDestination(details.Destination) };
  const { CodeDeliveryDetails, CodeDeliveryDetailsList } = output as { CodeDeliveryDetails?: DeliveryDetails; CodeDeliveryDetailsList?: DeliveryDetails[] };
  return {
    ...output,
    ...(CodeDeliveryDetails ? { CodeDeliveryDetails: mask(CodeDeliveryDetails) } : {}),
    ...(CodeDeliveryDetailsList ? { CodeDeliveryDetailsList: CodeDeliveryDetailsList.map(mask) } : {}),
  };
}

/** cognito-local's router with this emulator's targets in front; every call with a revoked access token fails. */
export function emulatorRouter(services: EmulatorServices): Router {
  const stock = Router(services);
  const added: Record<string, Target> = {
    InitiateAuth: InitiateAuth(services),
    RespondToAuthChallenge: RespondToAuthChallenge(services),
    AssociateSoftwareToken: AssociateSoftwareToken(services),
    VerifySoftwareToken: VerifySoftwareToken(services),
    SetUserMFAPreference: SetUserMFAPreference(services),
    ResendConfirmationCode: ResendConfirmationCode(services),
    ConfirmSignUp: ConfirmSignUp(services, stock('ConfirmSignUp')),
    GetTokensFromRefreshToken: GetTokensFromRefreshToken(services),
    GlobalSignOut: GlobalSignOut(services),
    RevokeToken: revokeToken(services, stock('RevokeToken')),
    ChangePassword: ChangePassword(services),
    DeleteUser: DeleteUser(services),
    UpdateUserAttributes: UpdateUserAttributes(services),
    GetUserAttributeVerificationCode: GetUserAttributeVerificationCode(services),
    VerifyUserAttribute: VerifyUserAttribute(services),
    DeleteUserAttributes: DeleteUserAttributes(services),
    ConfirmDevice: ConfirmDevice(services),
    UpdateDeviceStatus: UpdateDeviceStatus(services),
    ListDevices: ListDevices(services),
    GetDevice: GetDevice(services),
    ForgetDevice: ForgetDevice(services),
    StartWebAuthnRegistration: StartWebAuthnRegistration(services),
    CompleteWebAuthnRegistration: CompleteWebAuthnRegistration(services),
    ListWebAuthnCredentials: ListWebAuthnCredentials(services),
    DeleteWebAuthnCredential: DeleteWebAuthnCredential(services),
    SetUserPoolMfaConfig: SetUserPoolMfaConfig(services, stock('SetUserPoolMfaConfig')),
  };
  return (target) => {
    const route: Route = added[target] ?? stock(target);
    return async (ctx, request: Record<string, unknown>) => {
      const accessToken = stringField(request, 'AccessToken');
      if (accessToken) services.revocations.assertAccessToken(accessToken);
      return masked((await route(ctx, request)) as object);
    };
  };
}
