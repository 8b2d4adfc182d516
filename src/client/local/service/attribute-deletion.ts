import { AuthError } from '../../errors.js';
import type { ResolvedConfig } from '../config.js';
import { clearPending, verifiableKey } from './attribute-updates.js';
import { customSchema, schemaError, SERVICE_OWNED, STANDARD, standardSchema } from './attributes.js';
import type { ServiceContext } from './delivery.js';
import type { UserRecord } from './records.js';

/** Whether an attribute cannot change once it has a value (the schema's `mutable: false`). */
function isImmutable(config: ResolvedConfig, key: string): boolean {
  const schema = key.startsWith('custom:') ? customSchema(config, key) : standardSchema(config, key);
  return schema?.mutable === false;
}

/**
 * Checks a DeleteUserAttributes request, as Cognito does: only attributes of the schema, none the service
 * owns, no immutable one, no required one, and not the user's last sign-in attribute where that is the username.
 */
function validateAttributeDeletion(config: ResolvedConfig, keys: readonly string[], existing: Record<string, string>): void {
  if (keys.length === 0) throw new AuthError({ name: 'InvalidParameterException', message: 'Name at least one attribute to delete.' });
  for (const key of keys) {
    if (SERVICE_OWNED.has(key)) {
      throw new AuthError({ name: 'NotAuthorizedException', message: `A client attempted to write unauthorized attribute ${key}` });
    }
    const known = key.startsWith('custom:') ? customSchema(config, key) !== undefined : STANDARD.has(key);
    if (!known) throw schemaError(`Type for attribute {${key}} could not be determined`);
    if (isImmutable(config, key) && existing[key] !== undefined) {
      throw new AuthError({ name: 'InvalidParameterException', message: `Cannot modify the non-mutable attribute ${key}` });
    }
    if (!key.startsWith('custom:') && standardSchema(config, key).required === true) throw schemaError(`${key}: The attribute ${key} is required`);
  }
  if (config.usernameMode === 'attributes') {
    const left = config.loginAttributes.filter((attribute) => existing[attribute] !== undefined && !keys.includes(attribute));
    const [first] = config.loginAttributes.filter((attribute) => keys.includes(attribute) && existing[attribute] !== undefined);
    if (left.length === 0 && first !== undefined) throw schemaError(`${first}: The attribute ${first} is required`);
  }
}

/** DeleteUserAttributes: an email or phone number takes its verified flag, pending value and code with it. */
export function deleteUserAttributes(ctx: ServiceContext, user: UserRecord, keys: readonly string[]): void {
  validateAttributeDeletion(ctx.config, keys, user.attributes);
  for (const key of keys) {
    Reflect.deleteProperty(user.attributes, key);
    const verifiable = verifiableKey(key);
    if (verifiable) {
      Reflect.deleteProperty(user.attributes, `${verifiable}_verified`);
      clearPending(user, verifiable);
    }
  }
  user.updatedAt = ctx.config.clock();
}
