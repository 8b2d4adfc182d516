import type { PasswordPolicy } from './types.js';

/** Cognito's default policy: at least 8 characters with all four character classes. */
export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** The special characters Cognito counts as symbols (a space counts too, but not at either end). */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

export type PasswordRule = 'minLength' | 'lowercase' | 'uppercase' | 'number' | 'symbol';

export interface PasswordRuleResult {
  rule: PasswordRule;
  met: boolean;
}

/** The rules the policy enforces, in the order a checklist shows them, each met or not. */
export function checkPassword(policy: PasswordPolicy, password: string): PasswordRuleResult[] {
  const chars = Array.from(password);
  const results: PasswordRuleResult[] = [{ rule: 'minLength', met: chars.length >= policy.minLength }];
  if (policy.requireLowercase) results.push({ rule: 'lowercase', met: /[a-z]/.test(password) });
  if (policy.requireUppercase) results.push({ rule: 'uppercase', met: /[A-Z]/.test(password) });
  if (policy.requireNumbers) results.push({ rule: 'number', met: /[0-9]/.test(password) });
  if (policy.requireSymbols) results.push({ rule: 'symbol', met: chars.some((c) => SYMBOLS.has(c)) });
  return results;
}

const COGNITO_MESSAGES: Record<PasswordRule, string> = {
  minLength: 'Password not long enough',
  lowercase: 'Password must have lowercase characters',
  uppercase: 'Password must have uppercase characters',
  number: 'Password must have numeric characters',
  symbol: 'Password must have symbol characters',
};

/** Cognito's InvalidPasswordException message for the first rule the password breaks, if any. */
export function passwordPolicyViolation(policy: PasswordPolicy, password: string): string | undefined {
  const failed = checkPassword(policy, password).find((r) => !r.met);
  return failed && `Password did not conform with policy: ${COGNITO_MESSAGES[failed.rule]}`;
}
