import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { useStep } from '../useAuthenticator.js';
import { useCodeScreen, type CodeScreen } from './useCodeScreens.js';

export interface SetupTotpScreen extends CodeScreen {
  /** The otpauth:// URI an authenticator app reads, from the QR code or a link. */
  setupUri: string;
  sharedSecret: string;
  issuer: string;
  accountName: string;
}

/** The app's name for authenticator apps: the `totpIssuer` prop, else the page's title or host. */
function defaultIssuer(): string {
  if (typeof document !== 'undefined' && document.title.trim() !== '') return document.title.trim();
  return typeof location === 'undefined' ? 'Gatehouse' : location.hostname;
}

export function useSetupTotp(): SetupTotpScreen {
  const { controller, options } = useAuthenticatorContext();
  const { step, username } = useStep();
  const details = step.name === 'setupTotp' ? step.totpSetupDetails : undefined;
  const issuer = options.totpIssuer ?? defaultIssuer();
  const accountName = options.totpAccountName ?? username ?? '';
  const setupUri = useMemo(() => details?.getSetupUri(issuer, accountName).toString() ?? '', [details, issuer, accountName]);
  const confirm = useCallback((code: string) => controller.confirmSignIn(code), [controller]);
  const screen = useCodeScreen('setupTotp', confirm, undefined);
  return { ...screen, setupUri, sharedSecret: details?.sharedSecret ?? '', issuer, accountName };
}
