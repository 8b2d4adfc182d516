import type { CodeDeliveryDetails, UpdateUserAttributesOutput, UserAttributeKey, UserAttributes, VerifiableUserAttributeKey } from '../../client/types.js';
import type { ProfileAttribute } from '../../core/profile.js';

// The profile form's values: what it shows for the account's attributes, and what it sends back.
export type ProfileValues = Record<string, string | boolean>;

export const CONTACTS: readonly VerifiableUserAttributeKey[] = ['email', 'phone_number'];

/** `datetime-local`'s value for an instant, in the browser's time zone. */
function toLocalDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** What the form shows for the account's value. */
export function formValue(field: ProfileAttribute, value: string | undefined): string | boolean {
  if (field.input === 'checkbox') return value === 'true';
  if (field.input === 'datetime') return value === undefined ? '' : toLocalDateTime(value);
  return value ?? '';
}

/** What is sent for what the form holds: trimmed, a phone number without spaces, an instant as ISO 8601. */
export function sentValue(field: ProfileAttribute, raw: string | boolean | undefined): string {
  if (field.input === 'checkbox') return raw === true ? 'true' : 'false';
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (field.input === 'tel') return text.replace(/[\s\-().]/g, '');
  if (field.input === 'datetime' && text !== '') {
    const time = Date.parse(text);
    return Number.isNaN(time) ? text : new Date(time).toISOString();
  }
  return text;
}

export function defaultsOf(fields: readonly ProfileAttribute[], attributes: UserAttributes): ProfileValues {
  return Object.fromEntries(fields.map((field) => [field.name, formValue(field, attributes[field.name])]));
}

/** Whether the value differs from the account's (a checkbox left unticked on an unset Boolean is no change). */
export function changed(field: ProfileAttribute, sent: string, current: string | undefined): boolean {
  if (field.input === 'checkbox') return sent !== (current ?? 'false');
  return sent !== (current ?? '');
}

export interface ProfileChange {
  updates: UserAttributes;
  removals: UserAttributeKey[];
}

export function pendingCodes(output: UpdateUserAttributesOutput): { attribute: VerifiableUserAttributeKey; codeDeliveryDetails: CodeDeliveryDetails }[] {
  return CONTACTS.flatMap((attribute) => {
    const step = output[attribute]?.nextStep;
    return step?.updateAttributeStep === 'CONFIRM_ATTRIBUTE_WITH_CODE' ? [{ attribute, codeDeliveryDetails: step.codeDeliveryDetails }] : [];
  });
}
