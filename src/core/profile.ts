import { isE164, isEmail } from '../client/formats.js';
import type { AttributeDataType, AuthBackendConfig, UserAttributeKey, UserAttributes, UserAttributeSchema } from '../client/types.js';
import type { ValidationMessageKey } from './validation.js';

/** How an attribute is edited: the input its data type and meaning call for. */
export type AttributeInput = 'text' | 'email' | 'tel' | 'url' | 'date' | 'number' | 'checkbox' | 'datetime';

/** One attribute of the profile form: what the pool says of it, and how it is edited. */
export interface ProfileAttribute {
  name: UserAttributeKey;
  dataType: AttributeDataType;
  input: AttributeInput;
  required: boolean;
  /** Whether the user may change it; immutable attributes are shown, never sent. */
  mutable: boolean;
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

/** Message keys of the profile's checks (the flow's where they say it, the account center's otherwise). */
export type AttributeProblemKey = Exclude<ValidationMessageKey, 'validation.code' | `validation.password${string}`>;

export interface AttributeProblem {
  key: AttributeProblemKey;
  values?: Record<string, number>;
}

/** Written by the service, or about the session rather than the person: never in the form. */
const SYSTEM_ATTRIBUTES: ReadonlySet<string> = new Set(['sub', 'email_verified', 'phone_number_verified', 'updated_at', 'identities']);

/** Cognito's limit for a standard attribute's value, in characters. */
const MAX_STANDARD_LENGTH = 2048;

const STANDARD_INPUTS: Partial<Record<string, AttributeInput>> = {
  email: 'email',
  phone_number: 'tel',
  birthdate: 'date',
  website: 'url',
  picture: 'url',
  profile: 'url',
};

function isShown(name: string): boolean {
  return !SYSTEM_ATTRIBUTES.has(name) && !name.startsWith('cognito:') && !name.startsWith('dev:');
}

function inputOf(name: string, dataType: AttributeDataType): AttributeInput {
  switch (dataType) {
    case 'Boolean':
      return 'checkbox';
    case 'Number':
      return 'number';
    case 'DateTime':
      return 'datetime';
    case 'String':
      return STANDARD_INPUTS[name] ?? 'text';
  }
}

/** An attribute of the pool's schema, with the input its data type calls for. */
export function attributeOf(schema: UserAttributeSchema): ProfileAttribute {
  const { name, dataType, required, mutable, minLength, maxLength, minValue, maxValue } = schema;
  const bounds = {
    ...(minLength === undefined ? {} : { minLength }),
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(minValue === undefined ? {} : { minValue }),
    ...(maxValue === undefined ? {} : { maxValue }),
  };
  return { name, dataType, input: inputOf(name, dataType), required, mutable, ...bounds };
}

/**
 * The attributes the profile shows, in the pool's order (or the app's `only`, in its order). Without a schema
 * (Amplify's configuration does not carry one), and for any the schema leaves out, they are the user's own, as
 * strings, required when the backend asks for them at sign-up or signs in with them.
 */
export function profileAttributes(backend: AuthBackendConfig, current: UserAttributes, only?: readonly UserAttributeKey[]): ProfileAttribute[] {
  const schema = (backend.userAttributes ?? []).filter((entry) => isShown(entry.name)).map(attributeOf);
  const known = new Set<string>(schema.map((attribute) => attribute.name));
  const required = new Set<string>([...(backend.signUpAttributes ?? []), ...(backend.loginMechanisms ?? []).filter((m) => m !== 'username')]);
  // A schema that does not list an attribute the user has (a pool that declares only its own) still shows it.
  const names = new Set<UserAttributeKey>([...(Object.keys(current) as UserAttributeKey[]), ...(only ?? [])]);
  const untyped = [...names]
    .filter((name) => isShown(name) && !known.has(name))
    .map((name): ProfileAttribute => ({ name, dataType: 'String', input: inputOf(name, 'String'), required: required.has(name), mutable: true }));
  const attributes = [...schema, ...untyped];
  if (only === undefined) return attributes;
  const byName = new Map(attributes.map((attribute) => [attribute.name, attribute]));
  return only.flatMap((name) => byName.get(name) ?? []);
}

function characters(value: string): number {
  return Array.from(value).length;
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** OpenID's birthdate: a real calendar date as YYYY-MM-DD. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The first thing wrong with a value as it will be sent (trimmed, a number as digits, a date as ISO), if any. */
export function attributeProblem(attribute: ProfileAttribute, value: string): AttributeProblem | undefined {
  if (value === '') return attribute.required ? { key: 'validation.required' } : undefined;
  switch (attribute.dataType) {
    case 'Number': {
      const number = Number(value);
      if (!Number.isFinite(number)) return { key: 'validation.number' };
      if (attribute.minValue !== undefined && number < attribute.minValue) return { key: 'validation.tooSmall', values: { min: attribute.minValue } };
      if (attribute.maxValue !== undefined && number > attribute.maxValue) return { key: 'validation.tooLarge', values: { max: attribute.maxValue } };
      return undefined;
    }
    case 'DateTime':
      return Number.isNaN(Date.parse(value)) ? { key: 'validation.dateTime' } : undefined;
    case 'Boolean':
      return undefined;
    case 'String':
      break;
  }
  const length = characters(value);
  if (attribute.minLength !== undefined && length < attribute.minLength) return { key: 'validation.tooShort', values: { min: attribute.minLength } };
  const max = attribute.maxLength ?? MAX_STANDARD_LENGTH;
  if (length > max) return { key: 'validation.tooLong', values: { max } };
  switch (attribute.input) {
    case 'email':
      return isEmail(value) ? undefined : { key: 'validation.email' };
    case 'tel':
      return isE164(value) ? undefined : { key: 'validation.phone' };
    case 'url':
      return isUrl(value) ? undefined : { key: 'validation.url' };
    case 'date':
      return isCalendarDate(value) ? undefined : { key: 'validation.date' };
    default:
      return undefined;
  }
}
