import { AuthError } from '../../errors.js';
import { isE164, isEmail } from '../../formats.js';
import type { StandardUserAttributeKey } from '../../types.js';
import type { CustomAttributeSchema, ResolvedConfig, StandardAttributeSchema } from '../config.js';
import { unreachable } from '../../unreachable.js';

export const STANDARD: ReadonlySet<string> = new Set<StandardUserAttributeKey>([
  'address', 'birthdate', 'email', 'email_verified', 'family_name', 'gender', 'given_name', 'locale',
  'middle_name', 'name', 'nickname', 'phone_number', 'phone_number_verified', 'picture', 'preferred_username',
  'profile', 'sub', 'updated_at', 'website', 'zoneinfo',
]);

/** Attributes only the service writes. */
export const SERVICE_OWNED: ReadonlySet<string> = new Set(['sub', 'email_verified', 'phone_number_verified']);

const MAX_STANDARD_LENGTH = 2048;

export function schemaError(detail: string): AuthError {
  return new AuthError({ name: 'InvalidParameterException', message: `Attributes did not conform to the schema: ${detail}` });
}

/** Lengths count Unicode code points, not UTF-16 units: an emoji is one character. */
function characters(value: string): number {
  return Array.from(value).length;
}

export function standardSchema(config: ResolvedConfig, key: string): StandardAttributeSchema {
  return (config.attributes as Record<string, StandardAttributeSchema | undefined>)[key] ?? {};
}

export function customSchema(config: ResolvedConfig, key: string): CustomAttributeSchema | undefined {
  return (config.attributes as Record<string, CustomAttributeSchema | undefined>)[key];
}

function checkCustom(key: string, value: string, schema: CustomAttributeSchema): void {
  switch (schema.dataType) {
    case 'String': {
      const length = characters(value);
      if (length < (schema.minLen ?? 0) || length > (schema.maxLen ?? MAX_STANDARD_LENGTH)) {
        throw schemaError(`${key}: String must be between ${schema.minLen ?? 0} and ${schema.maxLen ?? MAX_STANDARD_LENGTH} characters`);
      }
      return;
    }
    case 'Number': {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) throw schemaError(`${key}: Number must be a number`);
      if ((schema.min !== undefined && number < schema.min) || (schema.max !== undefined && number > schema.max)) {
        throw schemaError(`${key}: Number must be between ${schema.min ?? '-∞'} and ${schema.max ?? '∞'}`);
      }
      return;
    }
    case 'Boolean':
      if (value !== 'true' && value !== 'false') throw schemaError(`${key}: Boolean must be true or false`);
      return;
    case 'DateTime':
      if (Number.isNaN(Date.parse(value))) throw schemaError(`${key}: DateTime must be a date and time`);
      return;
    default: {
      return unreachable(schema, 'schema');
    }
  }
}

function checkStandardFormat(key: string, value: string): void {
  if (characters(value) > MAX_STANDARD_LENGTH) throw schemaError(`${key}: The attribute is too long`);
  if (key === 'email' && !isEmail(value)) throw new AuthError({ name: 'InvalidParameterException', message: 'Invalid email address format.' });
  if (key === 'phone_number' && !isE164(value)) throw new AuthError({ name: 'InvalidParameterException', message: 'Invalid phone number format.' });
  if (key === 'birthdate' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw schemaError('birthdate: The attribute must be in the format YYYY-MM-DD');
  if (key === 'updated_at' && !/^\d+$/.test(value)) throw schemaError('updated_at: The attribute must be a number of seconds');
}

/**
 * Checks attributes a user writes against the pool's schema, as Cognito does for SignUp and
 * UpdateUserAttributes. `requireAll` also enforces the required attributes (sign-up, new password).
 */
export function validateUserAttributes(
  config: ResolvedConfig,
  attributes: Record<string, string>,
  options: { requireAll: boolean; existing?: Record<string, string> },
): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (SERVICE_OWNED.has(key)) {
      throw new AuthError({ name: 'NotAuthorizedException', message: `A client attempted to write unauthorized attribute ${key}` });
    }
    if (key.startsWith('custom:')) {
      const schema = customSchema(config, key);
      if (!schema) throw schemaError(`Type for attribute {${key}} could not be determined`);
      if (options.existing && schema.mutable === false && options.existing[key] !== undefined) {
        throw new AuthError({ name: 'InvalidParameterException', message: `Cannot modify the non-mutable attribute ${key}` });
      }
      checkCustom(key, value, schema);
      continue;
    }
    if (!STANDARD.has(key)) throw schemaError(`Type for attribute {${key}} could not be determined`);
    if (options.existing && standardSchema(config, key).mutable === false && options.existing[key] !== undefined) {
      throw new AuthError({ name: 'InvalidParameterException', message: `Cannot modify the non-mutable attribute ${key}` });
    }
    checkStandardFormat(key, value);
  }
  if (options.requireAll) {
    const missing = missingRequiredAttributes(config, { ...options.existing, ...attributes });
    const [first] = missing;
    if (first !== undefined) throw schemaError(`${first}: The attribute ${first} is required`);
  }
}

/** Required standard attributes without a value. */
export function missingRequiredAttributes(config: ResolvedConfig, attributes: Record<string, string>): string[] {
  return Object.entries(config.attributes)
    .filter(([key, schema]) => !key.startsWith('custom:') && (schema as StandardAttributeSchema).required === true)
    .map(([key]) => key)
    .filter((key) => (attributes[key] ?? '').trim() === '');
}
