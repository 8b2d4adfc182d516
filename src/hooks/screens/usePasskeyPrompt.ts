import { useAuthenticator, type UseAuthenticator } from '../useAuthenticator.js';

export interface PasskeyPromptScreen {
  create: () => void;
  skip: () => void;
  isPending: boolean;
  error: string | undefined;
  authenticator: UseAuthenticator;
}

const pick = (context: UseAuthenticator) => [context.isPending, context.error];

/** After a passwordless sign-in: create a passkey for next time, or go on without one. */
export function usePasskeyPrompt(): PasskeyPromptScreen {
  const authenticator = useAuthenticator(pick);
  return {
    create: () => void authenticator.createPasskey(),
    skip: authenticator.skipPasskey,
    isPending: authenticator.isPending,
    error: authenticator.error,
    authenticator,
  };
}
