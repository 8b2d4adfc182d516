import type { UserAttributeKey } from '../client/types.js';
import { unreachable } from '../core/unreachable.js';
import type { FieldKind, FieldSpec } from './fields.js';
import type { FormFieldOptions, FormFieldsConfig, FormScreenName, ScreenFieldOptions } from './options.js';

/** A screen's field options by field name; the `QR` of setupTotp is not a field. */
function screenOptions(config: FormFieldsConfig | undefined, screen: FormScreenName): ScreenFieldOptions | undefined {
  const options: Readonly<Record<string, unknown>> | undefined = config?.[screen];
  if (options === undefined) return undefined;
  // Every entry but QR is a field's options (the config's type says so per screen).
  return Object.fromEntries(Object.entries(options).filter(([name]) => name !== 'QR')) as ScreenFieldOptions;
}

function kindOfType(type: FormFieldOptions['type']): FieldKind {
  switch (type) {
    case 'email':
      return 'email';
    case 'tel':
      return 'phone';
    case 'password':
      return 'password';
    case 'date':
      return 'date';
    case 'url':
      return 'url';
    case 'number':
      return 'number';
    case 'text':
    case undefined:
      return 'text';
    default:
      return unreachable(type, 'field type');
  }
}

/** A sign-up name the form can send as an attribute (a standard one, or `custom:`), so an app may add it. */
export function isAttributeName(name: string): name is UserAttributeKey {
  return name.startsWith('custom:') || STANDARD_ATTRIBUTES.has(name);
}

const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  'address', 'birthdate', 'email', 'family_name', 'gender', 'given_name', 'locale', 'middle_name', 'name', 'nickname',
  'phone_number', 'picture', 'preferred_username', 'profile', 'website', 'zoneinfo',
]);

/** The options that configure a field: its own name's and its aliases', the login attribute's winning on sign-up (as Amplify UI keys it there). */
function optionsFor(field: FieldSpec, options: ScreenFieldOptions, screen: FormScreenName): FormFieldOptions | undefined {
  const names = [field.name, ...(field.aliases ?? [])];
  const ordered = screen === 'signUp' ? names : [...names].reverse();
  const found = ordered.map((name) => options[name]).filter((option): option is FormFieldOptions => option !== undefined);
  return found.length === 0 ? undefined : found.reduce<FormFieldOptions>((merged, option) => ({ ...merged, ...option }), {});
}

function withOptions(field: FieldSpec, option: FormFieldOptions): FieldSpec {
  const inputProps = {
    ...field.inputProps,
    ...(option.isReadOnly === undefined ? {} : { readOnly: option.isReadOnly }),
    ...(option.pattern === undefined ? {} : { pattern: option.pattern }),
    ...(option.minLength === undefined ? {} : { minLength: option.minLength }),
    ...(option.maxLength === undefined ? {} : { maxLength: option.maxLength }),
  };
  return {
    ...field,
    ...(option.label === undefined ? {} : { label: option.label }),
    ...(option.labelHidden === undefined ? {} : { labelHidden: option.labelHidden }),
    ...(option.placeholder === undefined ? {} : { placeholder: option.placeholder }),
    ...(option.isRequired === undefined ? {} : { required: option.isRequired }),
    ...(option.defaultValue === undefined ? {} : { defaultValue: option.defaultValue }),
    ...(option.autocomplete === undefined ? {} : { autoComplete: option.autocomplete }),
    ...(option.dialCode === undefined ? {} : { dialCode: option.dialCode }),
    ...(option.dialCodeList === undefined ? {} : { dialCodes: option.dialCodeList }),
    ...(option.order === undefined ? {} : { order: option.order }),
    ...(Object.keys(inputProps).length === 0 ? {} : { inputProps }),
  };
}

/**
 * Applies the app's `formFields` for a screen: label, placeholder, required, default value, order and the
 * rest; on sign-up, attribute names the screen does not have become new fields (custom attributes). The
 * login field answers to `username` and to its attribute's name (`email`, `phone_number`), never twice.
 */
export function applyFormFields(screen: FormScreenName, fields: readonly FieldSpec[], config: FormFieldsConfig | undefined): FieldSpec[] {
  const options = screenOptions(config, screen);
  if (!options) return [...fields];
  const known = new Set(fields.flatMap((field) => [field.name, ...(field.aliases ?? [])]));
  const added: FieldSpec[] =
    screen === 'signUp'
      ? Object.entries(options)
          .filter(([name]) => !known.has(name) && isAttributeName(name))
          .map(([name, option]) => ({ name, kind: kindOfType(option?.type), label: option?.label ?? name, required: false, autoComplete: option?.autocomplete ?? 'off' }))
      : [];
  const merged = [...fields, ...added].map((field) => {
    const option = optionsFor(field, options, screen);
    return option ? withOptions(field, option) : field;
  });
  // Stable: fields without an order keep their place after the ordered ones (as Amplify UI sorts them).
  return merged
    .map((field, index) => ({ field, index }))
    .sort((a, b) => (a.field.order || Number.MAX_SAFE_INTEGER) - (b.field.order || Number.MAX_SAFE_INTEGER) || a.index - b.index)
    .map(({ field }) => field);
}

/** The QR options of Amplify UI's `formFields.setupTotp.QR`. */
export function totpQrOptions(config: FormFieldsConfig | undefined): { totpIssuer?: string; totpUsername?: string } {
  return config?.setupTotp?.QR ?? {};
}
