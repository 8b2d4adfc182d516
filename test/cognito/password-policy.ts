import type { UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { cognitoError } from './errors.js';

/** Rejects a new password the pool's policy refuses, in Cognito's words. */
export function assertPasswordPolicy(pool: UserPoolService, password: string): void {
  const policy = pool.options.Policies?.PasswordPolicy ?? {};
  if (password.length < (policy.MinimumLength ?? 8)) throw cognitoError.invalidPassword('Password not long enough');
  if (policy.RequireLowercase && !/[a-z]/.test(password)) throw cognitoError.invalidPassword('Password must have lowercase characters');
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) throw cognitoError.invalidPassword('Password must have uppercase characters');
  if (policy.RequireNumbers && !/\d/.test(password)) throw cognitoError.invalidPassword('Password must have numeric characters');
  if (policy.RequireSymbols && !/[^a-zA-Z0-9\s]/.test(password)) throw cognitoError.invalidPassword('Password must have symbol characters');
}
