import type { ChangeEventHandler, ComponentType, FocusEventHandler, ReactNode, Ref } from 'react';
import type { AccountScopeOptions } from '../hooks/account/AccountScope.js';
import type { ChangePasswordOptions, ChangePasswordSection } from '../hooks/account/useChangePassword.js';
import type { DeleteUserOptions, DeleteUserSection } from '../hooks/account/useDeleteUser.js';
import type { DevicesSection } from '../hooks/account/useDevices.js';
import type { PasskeysSection } from '../hooks/account/usePasskeys.js';
import type { ProfileOptions, ProfileSection } from '../hooks/account/useProfile.js';
import type { SignOutEverywhereSection } from '../hooks/account/useSignOutEverywhere.js';
import type { TwoStepVerificationSection } from '../hooks/account/useTwoStepVerification.js';

/** The sections of the account center, in the order it shows them. */
export const ACCOUNT_SECTIONS = ['Profile', 'ChangePassword', 'TwoStepVerification', 'Passkeys', 'Devices', 'SignOutEverywhere', 'DeleteUser'] as const;

export type AccountSectionName = (typeof ACCOUNT_SECTIONS)[number];

/** What each section's hook returns: what a replacement `Section` receives. */
export interface AccountSectionHooks {
  Profile: ProfileSection;
  ChangePassword: ChangePasswordSection;
  TwoStepVerification: TwoStepVerificationSection;
  Passkeys: PasskeysSection;
  Devices: DevicesSection;
  SignOutEverywhere: SignOutEverywhereSection;
  DeleteUser: DeleteUserSection;
}

/** A whole section replaced: it gets the result of the hook the default section uses. */
export type SectionReplacement<Section> = ComponentType<{ section: Section }>;

/** Every section takes `Section`, its whole replacement. */
export interface SectionComponents<Section> {
  Section?: SectionReplacement<Section>;
}

/** What every section takes when used on its own (inside `<Authenticator>`, or with a `client`). */
export interface SectionProps extends AccountScopeOptions {
  className?: string;
}

// ---- Amplify UI's slots, with its prop names ----------------------------------------------------------------

/** What a password field slot receives (Amplify UI's `PasswordFieldComponent` props, plus the form's ref). */
export interface PasswordFieldSlotProps {
  name: string;
  label: string;
  autoComplete: string;
  isRequired: boolean;
  onChange: ChangeEventHandler<HTMLInputElement>;
  onBlur: FocusEventHandler<HTMLInputElement>;
  /** react-hook-form's ref: spread the props onto an input (React 19), or forward it (React 18). */
  ref?: Ref<HTMLInputElement>;
  /** The custom `validators`' messages, as Amplify UI passes them. */
  fieldValidationErrors?: string[] | undefined;
  /** The field's error after a submit (the policy, a mismatch, the service's answer). */
  error?: string | undefined;
  /** The policy checklist, under the new password. */
  children?: ReactNode;
}

export type PasswordFieldComponent<Props = object> = ComponentType<Props & PasswordFieldSlotProps>;

export interface ButtonSlotProps {
  onClick?: () => void;
  type?: 'button' | 'submit';
  isDisabled?: boolean;
  /** Busy: a call is under way. */
  isLoading?: boolean;
  children?: ReactNode;
}

export type ButtonComponent<Props = object> = ComponentType<Props & ButtonSlotProps & { onClick: () => void }>;
export type SubmitButtonComponent<Props = object> = ComponentType<Props & ButtonSlotProps>;
export type ErrorMessageComponent<Props = object> = ComponentType<Props & { children: ReactNode }>;

/** Amplify UI's `ChangePasswordDisplayText`. */
export interface ChangePasswordDisplayText {
  confirmPasswordFieldLabel?: string;
  currentPasswordFieldLabel?: string;
  newPasswordFieldLabel?: string;
  updatePasswordButtonText?: string;
}

/** Amplify UI's `ChangePasswordComponents`, plus `Section`. */
export interface ChangePasswordComponents extends SectionComponents<ChangePasswordSection> {
  ConfirmPasswordField?: PasswordFieldComponent;
  CurrentPasswordField?: PasswordFieldComponent;
  ErrorMessage?: ErrorMessageComponent;
  NewPasswordField?: PasswordFieldComponent;
  SubmitButton?: SubmitButtonComponent;
}

/** Amplify UI's `ChangePasswordProps`, plus the section's own. */
export interface ChangePasswordProps extends SectionProps, ChangePasswordOptions {
  components?: ChangePasswordComponents;
  displayText?: ChangePasswordDisplayText;
}

/** Amplify UI's `DeleteUserDisplayText`. */
export interface DeleteUserDisplayText {
  cancelButtonText?: string;
  confirmDeleteButtonText?: string;
  deleteAccountButtonText?: string;
  warningText?: string;
}

/** Amplify UI's `WarningViewProps`. */
export interface WarningViewProps {
  /** Called when the user cancels the deletion. */
  onCancel: () => void;
  /** Called when the user confirms it. */
  onConfirm: () => void;
  /** The deletion is under way. */
  isDisabled: boolean;
  displayText?: DeleteUserDisplayText;
}

export type WarningViewComponent<Props = object> = ComponentType<Props & WarningViewProps>;

/** Amplify UI's `DeleteUserComponents`, plus `Section`. */
export interface DeleteUserComponents extends SectionComponents<DeleteUserSection> {
  ErrorMessage?: ErrorMessageComponent;
  DeleteButton?: ButtonComponent;
  WarningView?: WarningViewComponent;
}

/** Amplify UI's `DeleteUserProps`, plus the section's own. */
export interface DeleteUserProps extends SectionProps, DeleteUserOptions {
  components?: DeleteUserComponents;
  displayText?: DeleteUserDisplayText;
}

export interface ProfileProps extends SectionProps, ProfileOptions {
  components?: SectionComponents<ProfileSection>;
}

export interface TwoStepVerificationProps extends SectionProps {
  components?: SectionComponents<TwoStepVerificationSection>;
}

export interface PasskeysProps extends SectionProps {
  components?: SectionComponents<PasskeysSection>;
}

export interface DevicesProps extends SectionProps {
  components?: SectionComponents<DevicesSection>;
}

export interface SignOutEverywhereProps extends SectionProps {
  components?: SectionComponents<SignOutEverywhereSection>;
}

/** Each section's props, by name. */
export interface AccountSectionProps {
  Profile: ProfileProps;
  ChangePassword: ChangePasswordProps;
  TwoStepVerification: TwoStepVerificationProps;
  Passkeys: PasskeysProps;
  Devices: DevicesProps;
  SignOutEverywhere: SignOutEverywhereProps;
  DeleteUser: DeleteUserProps;
}

/** Per section, its `components` (Amplify UI's slots where it has them, and `Section`, the whole replacement). */
export type AccountSettingsComponents = { [Name in AccountSectionName]?: NonNullable<AccountSectionProps[Name]['components']> };

export interface AccountSettingsProps extends SectionProps {
  /**
   * The sections to show, in the center's order. Default: every one the backend supports (two-step
   * verification when MFA is not off, passkeys when it takes them, devices when it tracks them).
   */
  sections?: readonly AccountSectionName[];
  components?: AccountSettingsComponents;
  /** Props for one section (its callbacks, Amplify UI's `displayText`, `validators`, `handleDelete`…). */
  sectionProps?: { [Name in AccountSectionName]?: Omit<AccountSectionProps[Name], keyof SectionProps | 'components'> };
}
