// USER_AUTH's first factors: what the pool allows (Policies.SignInPolicy.AllowedFirstAuthFactors, PASSWORD when
// unset) and the user can use, and starting the one chosen.
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { openChallenge, type AuthOutput, type Step } from './challenges.js';
import { sendCode } from './delivery.js';
import { attribute } from './emulator-services.js';
import { cognitoError } from './errors.js';
import { passwordVerifierChallenge } from './password-verifier.js';

export type FirstFactor = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP';

interface SignInPolicy {
  Policies?: { SignInPolicy?: { AllowedFirstAuthFactors?: string[] } };
}

export function availableFirstFactors(step: Step, user: User): FirstFactor[] {
  const allowed = (step.context.pool.options as SignInPolicy).Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD'];
  const factors: FirstFactor[] = [];
  if (allowed.includes('PASSWORD')) factors.push('PASSWORD', 'PASSWORD_SRP');
  if (allowed.includes('EMAIL_OTP') && attribute(user, 'email')) factors.push('EMAIL_OTP');
  if (allowed.includes('SMS_OTP') && attribute(user, 'phone_number')) factors.push('SMS_OTP');
  return factors;
}

export function selectChallenge(step: Step, user: User | undefined, factors: FirstFactor[]): AuthOutput {
  return { ...openChallenge(step, user, 'SELECT_CHALLENGE', {}), AvailableChallenges: factors };
}

export interface FactorAnswer {
  password?: string | undefined;
  srpA?: string | undefined;
}

/** Starts the chosen first factor; PASSWORD is checked at once, the others answer with their challenge. */
export async function startFirstFactor(
  step: Step,
  user: User,
  factor: FirstFactor,
  answer: FactorAnswer,
  checkPassword: (user: User, password: string) => Promise<AuthOutput>,
): Promise<AuthOutput> {
  switch (factor) {
    case 'PASSWORD':
      if (!answer.password) throw cognitoError.invalidParameter('Missing required parameter PASSWORD');
      return checkPassword(user, answer.password);
    case 'PASSWORD_SRP':
      if (!answer.srpA) throw cognitoError.invalidParameter('Missing required parameter SRP_A');
      return passwordVerifierChallenge(step, user, answer.srpA);
    case 'EMAIL_OTP':
    case 'SMS_OTP': {
      const medium = factor === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
      const delivery = await sendCode(step.services, step.ctx, step.context.pool, step.context.client.ClientId, user, medium, 'Authentication');
      return openChallenge(
        step,
        user,
        factor,
        { CODE_DELIVERY_DELIVERY_MEDIUM: medium, CODE_DELIVERY_DESTINATION: delivery.destination },
        { code: delivery.code },
      );
    }
  }
}
