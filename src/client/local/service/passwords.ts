import { AuthError } from '../../errors.js';
import { passwordPolicyViolation } from '../../password-policy.js';
import type { ServiceContext } from './delivery.js';

/** Cognito's API limit on a password (SignUp, ConfirmForgotPassword, ChangePassword): 256 characters. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The request check Cognito makes before anything else, with its wording. Lengths count code points, as
 * AWS's length constraints do.
 */
export function assertPasswordLength(password: string): void {
  if (Array.from(password).length > MAX_PASSWORD_LENGTH) {
    throw new AuthError({
      name: 'InvalidParameterException',
      message: `1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to ${MAX_PASSWORD_LENGTH}`,
    });
  }
}

/** Cognito's checks on a password being set: its length, no surrounding spaces, then the policy. */
export function assertPasswordAllowed(ctx: ServiceContext, password: string): void {
  assertPasswordLength(password);
  if (password !== password.trim() || password === '') {
    throw new AuthError({ name: 'InvalidPasswordException', message: 'Password must not begin or end with a space.' });
  }
  const violation = passwordPolicyViolation(ctx.config.passwordPolicy, password);
  if (violation) throw new AuthError({ name: 'InvalidPasswordException', message: violation });
}
