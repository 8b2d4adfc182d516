import { useMemo } from 'react';
import type { AuthFactorType } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { useAuthenticator, useStep, type UseAuthenticator } from '../useAuthenticator.js';

export interface SelectFirstFactorScreen {
  /** The ways this user can sign in, PASSWORD and PASSWORD_SRP shown once. */
  challenges: AuthFactorType[];
  choose: (challenge: AuthFactorType) => void;
  isPending: boolean;
  /** The last error, translated. */
  error: string | undefined;
  authenticator: UseAuthenticator;
}

const pick = (context: UseAuthenticator) => [context.isPending, context.error];

export function useSelectFirstFactor(): SelectFirstFactorScreen {
  const { controller } = useAuthenticatorContext();
  const { step } = useStep();
  const authenticator = useAuthenticator(pick);
  const challenges = useMemo(() => (step.name === 'selectFirstFactor' ? step.availableChallenges : []), [step]);
  return {
    challenges,
    choose: (challenge) => void controller.confirmSignIn(challenge),
    isPending: authenticator.isPending,
    error: authenticator.error,
    authenticator,
  };
}
