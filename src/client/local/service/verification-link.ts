import { AuthError } from '../../errors.js';
import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import type { MessageTemplate, ResolvedConfig } from '../config.js';
import { codeRecord } from './codes.js';
import type { ServiceContext, SentCode } from './delivery.js';
import { maskDestination } from './masking.js';
import { mustHold, type ComposedMessage } from './messages.js';
import type { Database, UserRecord } from './records.js';
import { checkAccountCode, CODE_MISMATCH, confirmAccount } from './sign-up.js';
import { userNotFound } from './users.js';

/**
 * Cognito's link verification (`verificationEmailStyle: 'LINK'`): the sign-up email holds a link to the
 * pool's `confirmUser` endpoint that confirms the account when it is opened. The link's token is long and
 * random (a code in a URL could be guessed), kept like a code: only as a salted hash, expiring, single-use.
 */

/** The pool's hosted domain, as Cognito's `https://<domain>.auth.<region>.amazoncognito.com`. */
export function linkOrigin(config: ResolvedConfig): string {
  return `https://${config.poolId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.auth.localhost`;
}

/** Cognito's link message (`{##Verify Email##}`), as plain text: the link follows its text. */
function composeLinkMessage(template: MessageTemplate | undefined, link: string): ComposedMessage {
  const createLink = (text?: string): string => (text === undefined ? link : `${text}: ${link}`);
  const text = template?.emailBody ? template.emailBody(createLink) : `Please click the link below to verify your email address.\n${createLink('Verify Email')}`;
  mustHold(text, link, 'signUp LINK');
  return { subject: template?.emailSubject ?? 'Your verification link', text };
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

/**
 * Opening a confirmUser link (Cognito's hosted endpoint): confirms the account it names, as confirmSignUp
 * does with a code, with the same errors.
 */
export async function followConfirmationLink(ctx: ServiceContext, db: Database, href: string): Promise<void> {
  const { username, token } = readLink(ctx.config, href);
  const user = db.users.get(username);
  if (!user && ctx.config.preventUserExistenceErrors) throw new AuthError({ name: 'CodeMismatchException', message: CODE_MISMATCH });
  if (!user) throw userNotFound();
  if (user.status !== 'UNCONFIRMED') {
    throw new AuthError({ name: 'NotAuthorizedException', message: `User cannot be confirmed. Current status is ${user.status}` });
  }
  await checkAccountCode(ctx, user.codes.signUp, token);
  confirmAccount(ctx, db, user);
}
