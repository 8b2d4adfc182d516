import type { AuthFactorType } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { useScreenState, type ScreenState } from './screen-state.js';
import { useRoute } from './useRoute.js';

export interface SelectFirstFactorScreen extends ScreenState {
  /** The ways this user can sign in, PASSWORD and PASSWORD_SRP shown once. */
  challenges: AuthFactorType[];
  choose: (challenge: AuthFactorType) => void;
}

/** How to sign in this time, among the factors the backend offers this user. */
export function useSelectFirstFactor(): SelectFirstFactorScreen {
  const { engine } = useAuthenticatorContext();
  const { availableChallenges } = useRoute('selectFirstFactor');
  return { ...useScreenState(), challenges: availableChallenges, choose: (challenge) => void engine.confirmSignIn(challenge) };
}
