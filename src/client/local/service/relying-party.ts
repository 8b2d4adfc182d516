import { AuthError } from '../../errors.js';
import type { ResolvedConfig } from '../config.js';

/** The WebAuthn relying party: configured, or the page the pool runs in. */
export function relyingParty(config: ResolvedConfig): { id: string; origins: string[] } {
  const page = typeof location === 'undefined' ? undefined : location;
  const id = config.webAuthn.relyingPartyId ?? page?.hostname;
  const origins = config.webAuthn.origins ?? (page ? [page.origin] : undefined);
  if (id === undefined || id === '' || origins === undefined) {
    throw new AuthError({
      name: 'WebAuthnConfigurationMissingException',
      message: 'Passkeys need a relying party: set webAuthn.relyingPartyId and webAuthn.origins, or run the pool in a browser.',
    });
  }
  return { id, origins };
}
