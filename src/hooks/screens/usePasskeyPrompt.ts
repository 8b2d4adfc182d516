import { useAuthenticatorContext } from '../context.js';
import { useScreenState, type ScreenState } from './screen-state.js';

export interface PasskeyPromptScreen extends ScreenState {
  create: () => void;
  skip: () => void;
}

/** After a sign-in without a password: create a passkey for next time, or go on without one. */
export function usePasskeyPrompt(): PasskeyPromptScreen {
  const { engine } = useAuthenticatorContext();
  return { ...useScreenState(), create: () => void engine.createPasskey(), skip: engine.skipAccountStep };
}
