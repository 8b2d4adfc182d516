import { Suspense, lazy, useEffect, type ComponentType } from 'react';
import { LAZY_SECTIONS, preloadSections } from './lazy.js';
import { Pending } from './Pending.js';
import { DefaultDeleteButton, DefaultErrorMessage, DefaultPasswordField, DefaultSubmitButton } from './slots.js';
import { ACCOUNT_SECTIONS, type AccountSectionName, type AccountSectionProps, type AccountSettingsProps } from './types.js';
import { DefaultWarningView } from './WarningView.js';

// Nothing of the account center is in this file's chunk but these wrappers: the center and each section
// load when they first render.
const Center = lazy(() => import('./AccountCenter.js').then((m) => ({ default: m.AccountCenter })));

function lazySection<Name extends AccountSectionName>(name: Name): ComponentType<AccountSectionProps[Name]> {
  const Section = LAZY_SECTIONS[name] as ComponentType<AccountSectionProps[Name]>;
  function AccountSection(props: AccountSectionProps[Name]) {
    return (
      <Suspense fallback={<Pending root className={props.className} />}>
        <Section {...props} />
      </Suspense>
    );
  }
  AccountSection.displayName = `AccountSettings.${name}`;
  return AccountSection;
}

export const AccountProfile = lazySection('Profile');
export const AccountTwoStepVerification = lazySection('TwoStepVerification');
export const AccountPasskeys = lazySection('Passkeys');
export const AccountDevices = lazySection('Devices');
export const AccountSignOutEverywhere = lazySection('SignOutEverywhere');

/** Amplify UI's `AccountSettings.ChangePassword`, with its props and slots (also its statics). */
export const AccountChangePassword = Object.assign(lazySection('ChangePassword'), {
  CurrentPasswordField: DefaultPasswordField,
  NewPasswordField: DefaultPasswordField,
  ConfirmPasswordField: DefaultPasswordField,
  SubmitButton: DefaultSubmitButton,
  ErrorMessage: DefaultErrorMessage,
});

/** Amplify UI's `AccountSettings.DeleteUser`, with its props and slots (also its statics). */
export const AccountDeleteUser = Object.assign(lazySection('DeleteUser'), {
  ErrorMessage: DefaultErrorMessage,
  DeleteButton: DefaultDeleteButton,
  WarningView: DefaultWarningView,
});

function AccountSettingsCenter(props: AccountSettingsProps) {
  const { sections } = props;
  // The sections' chunks are fetched alongside the center's rather than after it.
  useEffect(() => {
    preloadSections(sections ?? ACCOUNT_SECTIONS);
  }, [sections]);
  return (
    <Suspense fallback={<Pending root className={props.className} />}>
      <Center {...props} />
    </Suspense>
  );
}

/**
 * The account center: what a signed-in user manages, in sections (profile, password, two-step verification,
 * passkeys, devices, sign out everywhere, delete account). Inside `<Authenticator>` (or its Provider) it uses
 * the Authenticator's client; on its own it takes a `client`. Each section is also a component of its own.
 */
export const AccountSettings = Object.assign(AccountSettingsCenter, {
  Profile: AccountProfile,
  ChangePassword: AccountChangePassword,
  TwoStepVerification: AccountTwoStepVerification,
  Passkeys: AccountPasskeys,
  Devices: AccountDevices,
  SignOutEverywhere: AccountSignOutEverywhere,
  DeleteUser: AccountDeleteUser,
});
