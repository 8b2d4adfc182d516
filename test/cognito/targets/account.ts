// The signed-in user's own account: ChangePassword and DeleteUser, as Cognito answers them (cognito-local's
// ChangePassword says InvalidPasswordException for a wrong old password and skips the policy; its DeleteUser
// leaves the user's tokens working).
import { signedInUser, type AccountUser } from '../access-token.js';
import { stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';
import { assertPasswordPolicy } from '../password-policy.js';

/** How many earlier passwords the pool refuses (Essentials' password history); 0 when unset. */
function historySize(options: object): number {
  const size = (options as { Policies?: { PasswordPolicy?: { PasswordHistorySize?: number } } }).Policies?.PasswordPolicy?.PasswordHistorySize;
  return typeof size === 'number' ? size : 0;
}

export const ChangePassword =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, user } = await signedInUser(services, ctx, request);
    const previous = stringField(request, 'PreviousPassword');
    const proposed = stringField(request, 'ProposedPassword');
    if (!proposed) throw cognitoError.invalidParameter('Missing required parameter ProposedPassword');
    if (previous !== user.Password) throw cognitoError.incorrectCredentials();
    assertPasswordPolicy(pool, proposed);
    const size = historySize(pool.options);
    // The current password counts as the most recent one.
    const history = [user.Password, ...(user.PasswordHistory ?? [])].slice(0, size);
    if (history.includes(proposed)) throw cognitoError.passwordReused();
    const updated: AccountUser = { ...user, Password: proposed, PasswordHistory: history, UserLastModifiedDate: services.clock.get() };
    await pool.saveUser(ctx, updated);
    return {};
  };

/** Deletes the user with every refresh token it holds (and so every access token minted from them), its devices and passkeys. */
export const DeleteUser =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, user } = await signedInUser(services, ctx, request);
    for (const token of user.RefreshTokens) services.revocations.revokeRefreshToken(token);
    services.devices.forgetUser(pool.options.Id, user.Username);
    services.passkeys.forgetUser(pool.options.Id, user.Username);
    await pool.deleteUser(ctx, user);
    return {};
  };
