import { lazy } from 'react';
import type { RouteName } from '../core/route.js';
import { useSignIn } from '../hooks/screens/useSignIn.js';
import { useSignUp } from '../hooks/screens/useSignUp.js';
import { SignIn } from '../screens/SignIn.js';
import { SignUp } from '../screens/SignUp.js';
import { eagerScreen, lazyScreen, plainScreen, type PlainEntry, type SlotEntry } from './screen-entry.js';

const loadWorking = () => import('../screens/Working.js').then((m) => m.Working);
const Working = lazy(() => loadWorking().then((view) => ({ default: view })));

/**
 * Every route's screen, in one table: its view (only the start screens are in the initial chunk), its hook
 * for a replacement, its override slot (Amplify UI's name), and where the flow goes next (prefetched).
 * Adding a screen is its route in core, one row here, and the screen's files.
 */
export const SCREENS = {
  signIn: eagerScreen('SignIn', SignIn, useSignIn, [
    'confirmSignIn',
    'checkAccount',
    'forceNewPassword',
    'selectMfaType',
    'selectMfaSetupType',
    'setupTotp',
    'selectFirstFactor',
    'confirmSignUp',
    'customChallenge',
    'verifyUser',
    'forgotPassword',
  ]),
  signUp: eagerScreen('SignUp', SignUp, useSignUp, ['confirmSignUp', 'autoSignIn']),
  forgotPassword: lazyScreen(
    'ForgotPassword',
    () => import('../screens/ForgotPassword.js').then((m) => m.ForgotPassword),
    () => import('../hooks/screens/useForgotPassword.js').then((m) => m.useForgotPassword),
    ['confirmResetPassword'],
  ),
  confirmResetPassword: lazyScreen(
    'ConfirmResetPassword',
    () => import('../screens/ConfirmResetPassword.js').then((m) => m.ConfirmResetPassword),
    () => import('../hooks/screens/useConfirmResetPassword.js').then((m) => m.useConfirmResetPassword),
    [],
  ),
  confirmSignUp: lazyScreen(
    'ConfirmSignUp',
    () => import('../screens/ConfirmSignUp.js').then((m) => m.ConfirmSignUp),
    () => import('../hooks/screens/useConfirmSignUp.js').then((m) => m.useConfirmSignUp),
    ['autoSignIn', 'confirmSignIn', 'passkeyPrompt'],
  ),
  autoSignIn: plainScreen(Working, loadWorking, ['checkAccount', 'passkeyPrompt']),
  forceNewPassword: lazyScreen(
    'ForceNewPassword',
    () => import('../screens/ForceNewPassword.js').then((m) => m.ForceNewPassword),
    () => import('../hooks/screens/useForceNewPassword.js').then((m) => m.useForceNewPassword),
    ['checkAccount', 'confirmSignIn', 'selectMfaSetupType', 'setupTotp'],
  ),
  confirmSignIn: lazyScreen(
    'ConfirmSignIn',
    () => import('../screens/ConfirmSignIn.js').then((m) => m.ConfirmSignIn),
    () => import('../hooks/screens/useConfirmSignIn.js').then((m) => m.useConfirmSignIn),
    ['checkAccount', 'passkeyPrompt', 'verifyUser'],
  ),
  setupTotp: lazyScreen(
    'SetupTotp',
    () => import('../screens/SetupTotp.js').then((m) => m.SetupTotp),
    () => import('../hooks/screens/useSetupTotp.js').then((m) => m.useSetupTotp),
    ['checkAccount'],
  ),
  selectMfaType: lazyScreen(
    'SelectMfaType',
    () => import('../screens/SelectMfaType.js').then((m) => m.SelectMfaType),
    () => import('../hooks/screens/useSelectMfaType.js').then((m) => m.useSelectMfaType),
    ['confirmSignIn'],
  ),
  selectMfaSetupType: lazyScreen(
    'SelectMfaSetupType',
    () => import('../screens/SelectMfaSetupType.js').then((m) => m.SelectMfaSetupType),
    () => import('../hooks/screens/useSelectMfaSetupType.js').then((m) => m.useSelectMfaSetupType),
    ['setupTotp', 'setupEmail'],
  ),
  setupEmail: lazyScreen(
    'SetupEmail',
    () => import('../screens/SetupEmail.js').then((m) => m.SetupEmail),
    () => import('../hooks/screens/useSetupEmail.js').then((m) => m.useSetupEmail),
    ['confirmSignIn'],
  ),
  selectFirstFactor: lazyScreen(
    'SelectFirstFactor',
    () => import('../screens/SelectFirstFactor.js').then((m) => m.SelectFirstFactor),
    () => import('../hooks/screens/useSelectFirstFactor.js').then((m) => m.useSelectFirstFactor),
    ['confirmSignIn', 'signInPassword', 'passkeyPrompt'],
  ),
  signInPassword: lazyScreen(
    'SignInPassword',
    () => import('../screens/SignInPassword.js').then((m) => m.SignInPassword),
    () => import('../hooks/screens/useSignInPassword.js').then((m) => m.useSignInPassword),
    ['checkAccount', 'confirmSignIn'],
  ),
  customChallenge: lazyScreen(
    'CustomChallenge',
    () => import('../screens/CustomChallenge.js').then((m) => m.CustomChallenge),
    () => import('../hooks/screens/useCustomChallenge.js').then((m) => m.useCustomChallenge),
    ['checkAccount'],
  ),
  checkAccount: plainScreen(Working, loadWorking, ['verifyUser', 'passkeyPrompt']),
  verifyUser: lazyScreen(
    'VerifyUser',
    () => import('../screens/VerifyUser.js').then((m) => m.VerifyUser),
    () => import('../hooks/screens/useVerifyUser.js').then((m) => m.useVerifyUser),
    ['confirmVerifyUser'],
  ),
  confirmVerifyUser: lazyScreen(
    'ConfirmVerifyUser',
    () => import('../screens/ConfirmVerifyUser.js').then((m) => m.ConfirmVerifyUser),
    () => import('../hooks/screens/useConfirmVerifyUser.js').then((m) => m.useConfirmVerifyUser),
    ['passkeyPrompt'],
  ),
  passkeyPrompt: lazyScreen(
    'PasskeyPrompt',
    () => import('../screens/PasskeyPrompt.js').then((m) => m.PasskeyPrompt),
    () => import('../hooks/screens/usePasskeyPrompt.js').then((m) => m.usePasskeyPrompt),
    [],
  ),
  authenticated: plainScreen(Working, loadWorking, []),
} satisfies Record<RouteName, SlotEntry<string, unknown> | PlainEntry>;

type Entries = (typeof SCREENS)[RouteName];
type SlotEntries = Extract<Entries, { slot: string }>;

/** What each overridable screen's hook returns, by the screen's name in `components`. */
export type ScreenHooks = { [Entry in SlotEntries as Entry['slot']]: Entry extends SlotEntry<string, infer Screen> ? Screen : never };

export type OverridableScreen = keyof ScreenHooks;

/** Fetches the screens the flow can reach from `route`, once each. */
export function prefetchFrom(route: RouteName): void {
  for (const next of SCREENS[route].next) SCREENS[next].prefetch();
}
