import { useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { totpQrOptions } from '../form-fields-config.js';
import { useRouteDetails } from '../useAuthenticator.js';
import { useCodeForm, type CodeScreen } from './useCodeForm.js';
import { useRoute } from './useRoute.js';

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

/** Setting up an authenticator app while signing in: the QR code, the key, then the first code. */
export function useSetupTotp(): SetupTotpScreen {
  const { engine, options } = useAuthenticatorContext();
  const { totpSetupDetails } = useRoute('setupTotp');
  const { username } = useRouteDetails();
  // The props first, then Amplify UI's formFields.setupTotp.QR, then the defaults.
  const qr = totpQrOptions(options.formFields);
  const issuer = options.totpIssuer ?? qr.totpIssuer ?? defaultIssuer();
  const accountName = options.totpAccountName ?? qr.totpUsername ?? username ?? '';
  const setupUri = useMemo(() => totpSetupDetails.getSetupUri(issuer, accountName).toString(), [totpSetupDetails, issuer, accountName]);
  const screen = useCodeForm('setupTotp', { confirm: engine.confirmSignIn, resend: undefined, codeDeliveryDetails: undefined });
  return { ...screen, setupUri, sharedSecret: totpSetupDetails.sharedSecret, issuer, accountName };
}
