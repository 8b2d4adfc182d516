import type { LoginMechanism, UserAttributeKey, UserAttributeSchema } from '../client/types.js';
import { attributeOf, type AttributeInput, type ProfileAttribute } from '../core/profile.js';
import { toE164 } from '../core/validation.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/translate.js';

export type FieldKind = 'text' | 'email' | 'phone' | 'password' | 'newPassword' | 'code' | 'date' | 'url' | 'number' | 'checkbox' | 'datetime';

/** One input of a screen's form, after the app's `formFields` are applied. */
export interface FieldSpec {
  /** The form value's name: `username`, `password`, `confirm_password`, `confirmation_code`, or an attribute key. */
  name: string;
  kind: FieldKind;
  label: string;
  required: boolean;
  autoComplete: string;
  placeholder?: string;
  defaultValue?: string;
  /** Phone fields: the dial code selected at first. */
  dialCode?: string;
  /** Phone fields: the dial codes offered (default: every country calling code). */
  dialCodes?: readonly string[];
  order?: number;
  /** The label stays for screen readers, out of sight. */
  labelHidden?: boolean;
  /** Other `formFields` keys that configure this field: the login attribute's own name for the login field. */
  aliases?: readonly string[];
  /** Attributes spread onto the input, as Amplify UI spreads them. */
  inputProps?: { readOnly?: boolean; pattern?: string; minLength?: number; maxLength?: number; min?: number; max?: number };
  /** The pool's schema of this attribute (a typed custom one, say): its data type's checks and bounds. */
  attribute?: ProfileAttribute;
}

export type FormValues = Record<string, string>;

/** The companion value holding a phone field's dial code. */
export function dialCodeName(field: string): string {
  return `${field}__dial_code`;
}

const ATTRIBUTE_INPUTS: Partial<Record<string, { kind: FieldKind; autoComplete: string }>> = {
  email: { kind: 'email', autoComplete: 'email' },
  phone_number: { kind: 'phone', autoComplete: 'tel-national' },
  given_name: { kind: 'text', autoComplete: 'given-name' },
  family_name: { kind: 'text', autoComplete: 'family-name' },
  middle_name: { kind: 'text', autoComplete: 'additional-name' },
  name: { kind: 'text', autoComplete: 'name' },
  nickname: { kind: 'text', autoComplete: 'nickname' },
  preferred_username: { kind: 'text', autoComplete: 'nickname' },
  birthdate: { kind: 'date', autoComplete: 'bday' },
  address: { kind: 'text', autoComplete: 'street-address' },
  gender: { kind: 'text', autoComplete: 'sex' },
  locale: { kind: 'text', autoComplete: 'language' },
  picture: { kind: 'url', autoComplete: 'photo' },
  profile: { kind: 'url', autoComplete: 'url' },
  website: { kind: 'url', autoComplete: 'url' },
  zoneinfo: { kind: 'text', autoComplete: 'off' },
};

function labelOf(name: string, translate: Translate): string {
  const key = `field.${name}`;
  return key in LABEL_KEYS ? translate(key as MessageKey) : name.replace(/^custom:/, '').replace(/_/g, ' ');
}

const LABEL_KEYS: Readonly<Record<string, true>> = Object.fromEntries(
  ['username', 'email', 'phone_number', 'password', 'confirm_password', 'confirmation_code', 'answer', 'given_name', 'family_name', 'middle_name', 'name', 'nickname', 'preferred_username', 'birthdate', 'address', 'gender', 'locale', 'picture', 'profile', 'website', 'zoneinfo'].map(
    (name) => [`field.${name}`, true],
  ),
);

/** The field that takes the sign-in name, for the first login mechanism. */
export function loginField(mechanism: LoginMechanism, translate: Translate): FieldSpec {
  const kind: FieldKind = mechanism === 'email' ? 'email' : mechanism === 'phone_number' ? 'phone' : 'text';
  // "username" lets password managers pair the name with the password, whatever the name is.
  return {
    name: 'username',
    kind,
    label: translate(`field.${mechanism}`),
    required: true,
    autoComplete: 'username',
    ...(mechanism === 'username' ? {} : { aliases: [mechanism] }),
  };
}

export function attributeField(key: UserAttributeKey, translate: Translate, required: boolean): FieldSpec {
  const input = ATTRIBUTE_INPUTS[key] ?? { kind: 'text', autoComplete: 'off' };
  return { name: key, kind: input.kind, label: labelOf(key, translate), required, autoComplete: input.autoComplete };
}

export function passwordField(translate: Translate, kind: 'password' | 'newPassword'): FieldSpec {
  return {
    name: 'password',
    kind,
    label: translate(kind === 'password' ? 'field.password' : 'field.newPassword'),
    required: true,
    autoComplete: kind === 'password' ? 'current-password' : 'new-password',
  };
}

export function confirmPasswordField(translate: Translate): FieldSpec {
  return { name: 'confirm_password', kind: 'newPassword', label: translate('field.confirm_password'), required: true, autoComplete: 'new-password' };
}

export function codeField(translate: Translate): FieldSpec {
  return { name: 'confirmation_code', kind: 'code', label: translate('field.confirmation_code'), required: true, autoComplete: 'one-time-code' };
}

const SCHEMA_KINDS: Readonly<Record<AttributeInput, FieldKind>> = {
  text: 'text',
  email: 'email',
  tel: 'phone',
  url: 'url',
  date: 'date',
  number: 'number',
  checkbox: 'checkbox',
  datetime: 'datetime',
};

/**
 * A field typed by the pool's schema of its attribute, where there is one: a Boolean is a checkbox, a DateTime a
 * date and time, a Number a number within its bounds, a String within its lengths. A type the app gave wins.
 */
export function typedField(field: FieldSpec, schemas: readonly UserAttributeSchema[] | undefined): FieldSpec {
  const schema = schemas?.find((candidate) => candidate.name === field.name);
  if (schema === undefined) return field;
  const attribute = attributeOf(schema);
  const { minLength, maxLength, minValue, maxValue } = attribute;
  const bounds = {
    ...(minLength === undefined ? {} : { minLength }),
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(minValue === undefined ? {} : { min: minValue }),
    ...(maxValue === undefined ? {} : { max: maxValue }),
  };
  const inputProps = { ...bounds, ...field.inputProps };
  return { ...field, kind: field.kind === 'text' ? SCHEMA_KINDS[attribute.input] : field.kind, attribute, ...(Object.keys(inputProps).length === 0 ? {} : { inputProps }) };
}

/** An instant as ISO 8601, from a `datetime-local` value (in the browser's zone); a value that is none stays as typed. */
function isoInstant(text: string): string {
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** A field's submitted value: trimmed, a phone number joined with its dial code into E.164, a ticked box `true`. */
export function valueOf(field: FieldSpec, values: FormValues): string {
  // react-hook-form holds a checkbox's state as a boolean, whatever the form's other values are.
  if (field.kind === 'checkbox') return (values[field.name] as unknown) === true ? 'true' : '';
  const raw = values[field.name] ?? '';
  if (field.kind === 'datetime') return raw.trim() === '' ? '' : isoInstant(raw.trim());
  if (field.kind === 'phone') return raw.trim() === '' ? '' : toE164(values[dialCodeName(field.name)] ?? '+1', raw);
  if (field.kind === 'password' || field.kind === 'newPassword') return raw;
  return raw.trim();
}

export function defaultValues(fields: readonly FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    values[field.name] = field.defaultValue ?? '';
    if (field.kind === 'phone') values[dialCodeName(field.name)] = field.dialCode ?? '+1';
  }
  return values;
}

/** Every field's submitted value, by name. */
export function submittedValues(fields: readonly FieldSpec[], values: FormValues): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, valueOf(field, values)]));
}
