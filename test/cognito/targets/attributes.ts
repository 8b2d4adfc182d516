// The signed-in user's attributes: UpdateUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute and
// DeleteUserAttributes, as Cognito answers them. cognito-local sends one code whatever changed, ignores which
// attribute a code is asked for (and reports no CodeDeliveryDetails), and verifies every pending change with it.
//
// "Keep original attribute value active when an update is pending"
// (UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate): a new email or phone number waits,
// unused, until its code is confirmed; the old value stays as it was, verified, and still signs in.
import type { Context } from 'cognito-local/lib/services/context.js';
import { attributesAppend, attributesRemove, validatePermittedAttributeChanges, type UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { USER_POOL_AWS_DEFAULTS } from 'cognito-local/lib/services/cognitoService.js';
import { signedInUser, type AccountUser, type AttributeCode, type SignedIn, type VerifiableAttribute } from '../access-token.js';
import { sendCode } from '../delivery.js';
import { attribute, stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';

interface Attribute {
  Name: string;
  Value: string;
}

function isVerifiable(name: string | undefined): name is VerifiableAttribute {
  return name === 'email' || name === 'phone_number';
}

function attributeList(request: Record<string, unknown>): Attribute[] {
  const value = request.UserAttributes;
  if (!Array.isArray(value)) throw cognitoError.invalidParameter('UserAttributes must be a list');
  return value.map((item: unknown) => {
    const { Name, Value } = (item ?? {}) as Partial<Record<'Name' | 'Value', unknown>>;
    if (typeof Name !== 'string' || typeof Value !== 'string') throw cognitoError.invalidParameter('Each attribute needs a Name and a Value');
    return { Name, Value };
  });
}

function schemaOf(pool: UserPoolService) {
  // A pool made before cognito-local saved the schema has none: Cognito's defaults apply.
  return pool.options.SchemaAttributes ?? USER_POOL_AWS_DEFAULTS.SchemaAttributes ?? [];
}

type Codes = NonNullable<AccountUser['AttributeCodes']>;

function withoutCode(codes: Codes, name: string): Codes {
  return Object.fromEntries(Object.entries(codes).filter(([key]) => key !== name));
}

/** The user with these pending changes; with none, the field is left out, as cognito-local leaves it. */
function withPending(user: AccountUser, pending: Attribute[]): AccountUser {
  const copy: AccountUser = { ...user };
  delete copy.UnverifiedAttributeChanges;
  return pending.length > 0 ? { ...copy, UnverifiedAttributeChanges: pending } : copy;
}

function pendingOf(user: AccountUser): Attribute[] {
  return (user.UnverifiedAttributeChanges ?? []).flatMap(({ Name, Value }) => (Value !== undefined ? [{ Name, Value }] : []));
}

function pendingValue(user: AccountUser, name: VerifiableAttribute): string | undefined {
  return user.UnverifiedAttributeChanges?.find((a) => a.Name === name)?.Value;
}

/** An email or phone number that signs in (username or alias) belongs to one user only. */
async function assertAliasFree(ctx: Context, { pool, user }: SignedIn, name: VerifiableAttribute, value: string): Promise<void> {
  const signsIn = [...(pool.options.UsernameAttributes ?? []), ...(pool.options.AliasAttributes ?? [])].includes(name);
  if (!signsIn) return;
  const holder = await pool.getUserByUsername(ctx, value);
  if (holder && holder.Username !== user.Username) throw cognitoError.aliasExists(name);
}

async function sendVerificationCode(services: EmulatorServices, ctx: Context, signedIn: SignedIn, name: VerifiableAttribute, value: string, source: 'UpdateUserAttribute' | 'VerifyUserAttribute') {
  const medium = name === 'email' ? 'EMAIL' : 'SMS';
  const delivery = await sendCode(services, ctx, signedIn.pool, signedIn.client.ClientId, signedIn.user, medium, source, value);
  const code: AttributeCode = { Code: delivery.code, Value: value };
  return { code, details: { AttributeName: name, DeliveryMedium: medium, Destination: delivery.destination } };
}

export const UpdateUserAttributes =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const signedIn = await signedInUser(services, ctx, request);
    const { pool, user } = signedIn;
    const given = validatePermittedAttributeChanges(attributeList(request), schemaOf(pool)) as Attribute[];
    const waitForCode = pool.options.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? [];
    const autoVerified = pool.options.AutoVerifiedAttributes ?? [];
    let attributes = user.Attributes;
    let pending = pendingOf(user);
    let codes: Codes = { ...user.AttributeCodes };
    const deliveries: object[] = [];
    for (const { Name, Value } of given) {
      if (!isVerifiable(Name) || Value === attribute(user, Name)) {
        attributes = attributesAppend(attributes, { Name, Value });
        continue;
      }
      await assertAliasFree(ctx, signedIn, Name, Value);
      // A code sent for an earlier value must not confirm this one.
      codes = withoutCode(codes, Name);
      const sendsCode = autoVerified.includes(Name);
      if (sendsCode && waitForCode.includes(Name)) {
        pending = [...pending.filter((a) => a.Name !== Name), { Name, Value }];
      } else {
        attributes = attributesAppend(attributes, { Name, Value }, { Name: `${Name}_verified`, Value: 'false' });
        pending = pending.filter((a) => a.Name !== Name);
      }
      if (sendsCode) {
        const { code, details } = await sendVerificationCode(services, ctx, signedIn, Name, Value, 'UpdateUserAttribute');
        codes = { ...codes, [Name]: code };
        deliveries.push(details);
      }
    }
    const updated: AccountUser = {
      ...withPending(user, pending),
      Attributes: attributes,
      AttributeCodes: codes,
      UserLastModifiedDate: services.clock.get(),
    };
    await pool.saveUser(ctx, updated);
    return { CodeDeliveryDetailsList: deliveries };
  };

export const GetUserAttributeVerificationCode =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const signedIn = await signedInUser(services, ctx, request);
    const name = stringField(request, 'AttributeName');
    if (!isVerifiable(name)) throw cognitoError.invalidParameter('Only email and phone_number can be verified');
    const value = pendingValue(signedIn.user, name) ?? attribute(signedIn.user, name);
    if (value === undefined) throw cognitoError.invalidParameter(`User has no ${name} to verify`);
    const { code, details } = await sendVerificationCode(services, ctx, signedIn, name, value, 'VerifyUserAttribute');
    const updated: AccountUser = { ...signedIn.user, AttributeCodes: { ...signedIn.user.AttributeCodes, [name]: code } };
    await signedIn.pool.saveUser(ctx, updated);
    return { CodeDeliveryDetails: details };
  };

/** Confirms the value the code was sent to: a pending value takes the old one's place; either way it is now verified. */
export const VerifyUserAttribute =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const signedIn = await signedInUser(services, ctx, request);
    const { pool, user } = signedIn;
    const name = stringField(request, 'AttributeName');
    if (!isVerifiable(name)) throw cognitoError.invalidParameter('Only email and phone_number can be verified');
    const sent = user.AttributeCodes?.[name];
    if (!sent || sent.Code !== stringField(request, 'Code')) throw cognitoError.invalidVerificationCode();
    await assertAliasFree(ctx, signedIn, name, sent.Value);
    const updated: AccountUser = {
      ...withPending(user, pendingOf(user).filter((a) => a.Name !== name)),
      Attributes: attributesAppend(user.Attributes, { Name: name, Value: sent.Value }, { Name: `${name}_verified`, Value: 'true' }),
      AttributeCodes: withoutCode(user.AttributeCodes ?? {}, name),
      UserLastModifiedDate: services.clock.get(),
    };
    await pool.saveUser(ctx, updated);
    return {};
  };

/** Removes attributes (an email or phone number with its verified flag); the pool's required attributes stay. */
export const DeleteUserAttributes =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, user } = await signedInUser(services, ctx, request);
    const value = request.UserAttributeNames;
    const names = Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
    if (names.length === 0) throw cognitoError.invalidParameter('UserAttributeNames must name at least one attribute');
    for (const name of names) {
      const schema = schemaOf(pool).find((s) => s.Name === name);
      if (schema?.Required === true) throw cognitoError.invalidParameter(`user.${name}: The attribute is required`);
    }
    const removed = names.flatMap((name) => (isVerifiable(name) ? [name, `${name}_verified`] : [name]));
    const codes = Object.fromEntries(Object.entries(user.AttributeCodes ?? {}).filter(([name]) => !names.includes(name)));
    const updated: AccountUser = {
      ...withPending(user, pendingOf(user).filter((a) => !names.includes(a.Name))),
      Attributes: attributesRemove(user.Attributes, ...removed),
      AttributeCodes: codes,
      UserLastModifiedDate: services.clock.get(),
    };
    await pool.saveUser(ctx, updated);
    return {};
  };
