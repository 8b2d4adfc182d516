import type { BaseSyntheticEvent } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { CodeDeliveryDetails, UserAttributeKey, VerifiableUserAttributeKey } from '../../client/types.js';
import type { ProfileAttribute } from '../../core/profile.js';
import type { FormValues } from '../fields.js';
import type { ScreenError } from '../screens/screen-state.js';
import type { AccountNotice, AccountSectionState } from './action.js';
import type { FieldMessages } from './form.js';
import type { ProfileValues } from './profile-values.js';

// What useProfile returns: the profile section's state, field by field.
export interface ProfileOptions {
  /** The attributes to show, in this order (default: the pool's, or the user's own when the backend has no schema). */
  attributes?: readonly UserAttributeKey[];
}

/** One field of the profile form. */
export interface ProfileField extends ProfileAttribute {
  label: string;
  autoComplete: string;
  /** The value the account has now (a Boolean as 'true'/'false'), or undefined. */
  value: string | undefined;
  /** Optional, set and changeable: `removeAttribute` deletes it. */
  removable: boolean;
}

/** An email address or phone number of the account, and whether it is verified. */
export interface ProfileContact {
  attribute: VerifiableUserAttributeKey;
  label: string;
  value: string;
  verified: boolean;
}

/** A code sent to a contact (after a change, or on request), waiting to be entered. */
export interface ProfileVerification {
  attribute: VerifiableUserAttributeKey;
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  register: UseFormRegister<FormValues>;
  fieldErrors: FieldMessages;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  resendCode: () => void;
  cancel: () => void;
  isPending: boolean;
  error: ScreenError | undefined;
  notice: AccountNotice | undefined;
}

export interface ProfileSection extends AccountSectionState {
  /** The attributes are being read for the first time. */
  isLoading: boolean;
  /** Reading them failed; `retry` reads again. */
  loadError: ScreenError | undefined;
  retry: () => void;
  fields: ProfileField[];
  /** react-hook-form's register for the fields (a Boolean is a checkbox: its value is checked or not). */
  register: UseFormRegister<ProfileValues>;
  fieldErrors: FieldMessages;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  removeAttribute: (name: UserAttributeKey) => void;
  contacts: ProfileContact[];
  /** Sends a code to an unverified contact. */
  verifyContact: (attribute: VerifiableUserAttributeKey) => void;
  verification: ProfileVerification | undefined;
}
