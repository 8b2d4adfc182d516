import { AuthError } from '../../errors.js';
import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import type { ResolvedConfig } from '../config.js';
import { codeRecord } from './codes.js';
import type { ServiceContext, SentCode } from './delivery.js';
import { maskDestination } from './masking.js';
import { composeLinkMessage } from './messages.js';
import type { UserRecord } from './records.js';

/**
 * Cognito's link verification (`verificationEmailStyle: 'LINK'`): the sign-up email holds a link to the
 * pool's `confirmUser` endpoint that confirms the account when it is opened. The link's token is long and
 * random (a code in a URL could be guessed), kept like a code: only as a salted hash, expiring, single-use.
 */

/** Whether a sign-up message to this attribute is a link: email only; a text message always holds a code. */
export function sendsLink(config: ResolvedConfig, attribute: 'email' | 'phone_number'): boolean {
  return config.verificationEmailStyle === 'LINK' && attribute === 'email';
}

/** The pool's hosted domain, as Cognito's `https://<domain>.auth.<region>.amazoncognito.com`. */
export function linkOrigin(config: ResolvedConfig): string {
  return `https://${config.poolId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.auth.localhost`;
}

export async function sendSignUpLink(ctx: ServiceContext, user: UserRecord, ttlMs: number): Promise<SentCode> {
  const destination = user.attributes.email;
  if (destination === undefined) throw new AuthError({ name: 'InvalidParameterException', message: 'Cannot send a link: the user has no email address.' });
  const { config } = ctx;
  const token = toBase64Url(randomBytes(24));
  const url = new URL('/confirmUser', linkOrigin(config));
  url.search = new URLSearchParams({ client_id: config.clientId, user_name: user.username, confirmation_code: token }).toString();
  const link = url.href;
  const message = composeLinkMessage(config.messages.signUp, link);
  ctx.outbox.deliver({ channel: 'EMAIL', destination, text: message.text, code: link, link, purpose: 'signUp', username: user.username, ...(message.subject === undefined ? {} : { subject: message.subject }) });
  return {
    record: await codeRecord(token, config.clock() + ttlMs, config.codes.maxAttempts),
    delivery: { destination: maskDestination(destination), deliveryMedium: 'EMAIL', attributeName: 'email' },
  };
}

/** What a confirmUser link names: the user and the token. Anything but this pool's link is refused. */
export function readLink(config: ResolvedConfig, href: string): { username: string; token: string } {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw invalidLink();
  }
  const username = url.searchParams.get('user_name');
  const token = url.searchParams.get('confirmation_code');
  if (url.origin !== linkOrigin(config) || url.pathname !== '/confirmUser' || url.searchParams.get('client_id') !== config.clientId || !username || !token) {
    throw invalidLink();
  }
  return { username, token };
}

function invalidLink(): AuthError {
  return new AuthError({ name: 'InvalidParameterException', message: 'This is not a confirmation link of this user pool.' });
}
