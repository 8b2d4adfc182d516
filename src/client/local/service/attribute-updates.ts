import { AuthError } from '../../errors.js';
import type { CodeDeliveryDetails, VerifiableUserAttributeKey } from '../../types.js';
import { missingRequiredAttributes, validateUserAttributes } from './attributes.js';
import { sendCode, type ServiceContext } from './delivery.js';
import type { Database, UserRecord } from './records.js';
import { countCodeSend } from './send-limit.js';
import { checkAccountCode } from './sign-up.js';
import { loginTaken } from './users.js';

/**
 * A signed-in user's own attributes: UpdateUserAttributes, GetUserAttributeVerificationCode,
 * VerifyUserAttribute and DeleteUserAttributes. A new email or phone number is sent a code; where the pool
 * keeps the original value while an update is pending (AttributesRequireVerificationBeforeUpdate), the
 * current value stays in force (signs in, receives messages, stays verified) until the new one's code comes back.
 */

const VERIFIABLE: readonly VerifiableUserAttributeKey[] = ['email', 'phone_number'];

export type AttributeUpdate = { attribute: string; delivery?: CodeDeliveryDetails };

export function verifiableKey(key: string): VerifiableUserAttributeKey | undefined {
  return VERIFIABLE.find((attribute) => attribute === key);
}

/** A sign-in name names one user only: Cognito refuses a value another user already signs in with. */
function assertLoginFree(ctx: ServiceContext, db: Database, user: UserRecord, attributes: Record<string, string>): void {
  const taken = loginTaken(db, ctx.config, attributes, user);
  if (taken !== undefined) {
    const what = taken === 'phone_number' ? 'phone number' : taken === 'preferred_username' ? 'preferred username' : 'email';
    throw new AuthError({ name: 'AliasExistsException', message: `An account with the given ${what} already exists.` });
  }
}

/**
 * Whether a new value of this attribute waits for its code while the current one stays in force: a verified
 * current value only; an unverified one (a typo, say) has nothing to keep and is replaced at once.
 */
function keepsOriginal(ctx: ServiceContext, user: UserRecord, attribute: VerifiableUserAttributeKey): boolean {
  return ctx.config.keepOriginal.includes(attribute) && user.attributes[attribute] !== undefined && user.attributes[`${attribute}_verified`] === 'true';
}

export function clearPending(user: UserRecord, attribute: VerifiableUserAttributeKey): void {
  if (user.pendingAttributes) Reflect.deleteProperty(user.pendingAttributes, attribute);
  Reflect.deleteProperty(user.codes, `verify:${attribute}`);
}

/** The value a verification code goes to, and confirms: the pending new value, else the current one. */
function valueToVerify(user: UserRecord, attribute: VerifiableUserAttributeKey): string | undefined {
  return user.pendingAttributes?.[attribute] ?? user.attributes[attribute];
}

function assertRequiredKept(ctx: ServiceContext, user: UserRecord, attributes: Record<string, string>): void {
  const [blank] = missingRequiredAttributes(ctx.config, { ...user.attributes, ...attributes }).filter((key) => Object.hasOwn(attributes, key));
  if (blank !== undefined) {
    throw new AuthError({ name: 'InvalidParameterException', message: `Attributes did not conform to the schema: ${blank}: The attribute ${blank} is required` });
  }
}

export async function updateUserAttributes(ctx: ServiceContext, db: Database, user: UserRecord, attributes: Record<string, string>): Promise<AttributeUpdate[]> {
  validateUserAttributes(ctx.config, attributes, { requireAll: false, existing: user.attributes });
  assertRequiredKept(ctx, user, attributes);
  // Values that sign in (the username attributes, preferred_username) must be free now; an email or phone
  // alias in a username pool signs in only once verified, so confirmAttribute checks it then.
  const immediate = Object.entries(attributes).filter(([key]) => ctx.config.usernameMode === 'attributes' || key === 'preferred_username');
  assertLoginFree(ctx, db, user, Object.fromEntries(immediate));
  const changed = (key: string, value: string) => user.attributes[key] !== value;
  // Each changed email or phone number is sent a code: all of them must be within the send limit first.
  for (const [key, value] of Object.entries(attributes)) {
    if (verifiableKey(key) && changed(key, value)) countCodeSend(ctx, db, 'verifyAttribute', { user });
  }
  const updates: AttributeUpdate[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const verifiable = verifiableKey(key);
    if (!verifiable) {
      user.attributes[key] = value;
      updates.push({ attribute: key });
      continue;
    }
    if (!changed(key, value)) {
      // The value in force again: a pending change to another value is dropped.
      if (user.pendingAttributes?.[verifiable] !== undefined) clearPending(user, verifiable);
      updates.push({ attribute: key });
      continue;
    }
    if (keepsOriginal(ctx, user, verifiable)) {
      user.pendingAttributes = { ...user.pendingAttributes, [verifiable]: value };
    } else {
      if (user.pendingAttributes) Reflect.deleteProperty(user.pendingAttributes, verifiable);
      user.attributes[key] = value;
      user.attributes[`${verifiable}_verified`] = 'false';
    }
    const sent = await sendCode(ctx, user, verifiable, 'verifyAttribute', ctx.config.codes.verifyAttributeTtlMs, value);
    user.codes[`verify:${verifiable}`] = sent.record;
    updates.push({ attribute: key, delivery: sent.delivery });
  }
  user.updatedAt = ctx.config.clock();
  return updates;
}

/** The attribute name comes from the caller: only the two verifiable ones may index the user's attributes. */
function assertVerifiable(attribute: string): VerifiableUserAttributeKey {
  const verifiable = verifiableKey(attribute);
  if (!verifiable) throw new AuthError({ name: 'InvalidParameterException', message: `Only email and phone_number can be verified, not ${attribute}.` });
  return verifiable;
}

/** GetUserAttributeVerificationCode: to the pending new value when an update waits for its code. */
export async function sendAttributeCode(ctx: ServiceContext, db: Database, user: UserRecord, attribute: VerifiableUserAttributeKey): Promise<CodeDeliveryDetails> {
  const verifiable = assertVerifiable(attribute);
  countCodeSend(ctx, db, 'verifyAttribute', { user });
  const sent = await sendCode(ctx, user, verifiable, 'verifyAttribute', ctx.config.codes.verifyAttributeTtlMs, valueToVerify(user, verifiable));
  user.codes[`verify:${verifiable}`] = sent.record;
  return sent.delivery;
}

/** VerifyUserAttribute: the value the code was sent to is verified; a pending new value takes effect now. */
export async function confirmAttribute(ctx: ServiceContext, db: Database, user: UserRecord, attribute: VerifiableUserAttributeKey, code: string): Promise<void> {
  const verifiable = assertVerifiable(attribute);
  await checkAccountCode(ctx, user.codes[`verify:${verifiable}`], code);
  const value = valueToVerify(user, verifiable);
  if (value !== undefined) assertLoginFree(ctx, db, user, { [verifiable]: value });
  clearPending(user, verifiable);
  if (value !== undefined) user.attributes[verifiable] = value;
  user.attributes[`${verifiable}_verified`] = 'true';
  user.updatedAt = ctx.config.clock();
}
