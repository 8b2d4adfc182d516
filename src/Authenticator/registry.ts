import type { RouteName } from '../core/route.js';
import { useSignIn } from '../hooks/screens/useSignIn.js';
import { useSignUp } from '../hooks/screens/useSignUp.js';
import { SignIn } from '../screens/SignIn.js';
import { SignUp } from '../screens/SignUp.js';
import { eagerScreen, lazyScreen, plainScreen, sharedView, type PlainEntry, type SlotEntry } from './screen-entry.js';

const working = sharedView(() => import('../screens/Working.js').then((m) => m.Working));

/**
 * Every route's screen, in one table: its view (only the start screens are in the initial chunk), its hook
 * for a replacement (re-exported by the screen's module: one import per screen, one chunk), its override
 * slot (Amplify UI's name), and where the flow goes next (prefetched).
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
    () => import('../screens/ForgotPassword.js').then((m) => [m.ForgotPassword, m.useForgotPassword] as const),
    ['confirmResetPassword'],
  ),
  confirmResetPassword: lazyScreen(
    'ConfirmResetPassword',
    () => import('../screens/ConfirmResetPassword.js').then((m) => [m.ConfirmResetPassword, m.useConfirmResetPassword] as const),
    [],
  ),
  confirmSignUp: lazyScreen(
    'ConfirmSignUp',
    () => import('../screens/ConfirmSignUp.js').then((m) => [m.ConfirmSignUp, m.useConfirmSignUp] as const),
    ['autoSignIn', 'confirmSignIn', 'passkeyPrompt'],
  ),
  autoSignIn: plainScreen(working, ['checkAccount', 'passkeyPrompt']),
  forceNewPassword: lazyScreen(
    'ForceNewPassword',
    () => import('../screens/ForceNewPassword.js').then((m) => [m.ForceNewPassword, m.useForceNewPassword] as const),
    ['checkAccount', 'confirmSignIn', 'selectMfaSetupType', 'setupTotp'],
  ),
  confirmSignIn: lazyScreen(
    'ConfirmSignIn',
    () => import('../screens/ConfirmSignIn.js').then((m) => [m.ConfirmSignIn, m.useConfirmSignIn] as const),
    ['checkAccount', 'passkeyPrompt', 'verifyUser'],
  ),
  setupTotp: lazyScreen(
    'SetupTotp',
    () => import('../screens/SetupTotp.js').then((m) => [m.SetupTotp, m.useSetupTotp] as const),
    ['checkAccount'],
  ),
  selectMfaType: lazyScreen(
    'SelectMfaType',
    () => import('../screens/SelectMfaType.js').then((m) => [m.SelectMfaType, m.useSelectMfaType] as const),
    ['confirmSignIn'],
  ),
  selectMfaSetupType: lazyScreen(
    'SelectMfaSetupType',
    () => import('../screens/SelectMfaSetupType.js').then((m) => [m.SelectMfaSetupType, m.useSelectMfaSetupType] as const),
    ['setupTotp', 'setupEmail'],
  ),
  setupEmail: lazyScreen(
    'SetupEmail',
    () => import('../screens/SetupEmail.js').then((m) => [m.SetupEmail, m.useSetupEmail] as const),
    ['confirmSignIn'],
  ),
  selectFirstFactor: lazyScreen(
    'SelectFirstFactor',
    () => import('../screens/SelectFirstFactor.js').then((m) => [m.SelectFirstFactor, m.useSelectFirstFactor] as const),
    ['confirmSignIn', 'signInPassword', 'passkeyPrompt'],
  ),
  signInPassword: lazyScreen(
    'SignInPassword',
    () => import('../screens/SignInPassword.js').then((m) => [m.SignInPassword, m.useSignInPassword] as const),
    ['checkAccount', 'confirmSignIn'],
  ),
  customChallenge: lazyScreen(
    'CustomChallenge',
    () => import('../screens/CustomChallenge.js').then((m) => [m.CustomChallenge, m.useCustomChallenge] as const),
    ['checkAccount'],
  ),
  checkAccount: plainScreen(working, ['verifyUser', 'passkeyPrompt']),
  verifyUser: lazyScreen(
    'VerifyUser',
    () => import('../screens/VerifyUser.js').then((m) => [m.VerifyUser, m.useVerifyUser] as const),
    ['confirmVerifyUser'],
  ),
  confirmVerifyUser: lazyScreen(
    'ConfirmVerifyUser',
    () => import('../screens/ConfirmVerifyUser.js').then((m) => [m.ConfirmVerifyUser, m.useConfirmVerifyUser] as const),
    ['passkeyPrompt'],
  ),
  passkeyPrompt: lazyScreen(
    'PasskeyPrompt',
    () => import('../screens/PasskeyPrompt.js').then((m) => [m.PasskeyPrompt, m.usePasskeyPrompt] as const),
    [],
  ),
  authenticated: plainScreen(working, []),
  // Checked against the entries' common part only: a `SlotEntry<string, unknown>` here would be the context that
  // infers every lazy screen's hook as returning `unknown`.
} satisfies Record<RouteName, PlainEntry>;

type Entries = (typeof SCREENS)[RouteName];
type SlotEntries = Extract<Entries, { slot: string }>;

/** What each overridable screen's hook returns, by the screen's name in `components`. */
export type ScreenHooks = { [Entry in SlotEntries as Entry['slot']]: Entry extends SlotEntry<string, infer Screen> ? Screen : never };

export type OverridableScreen = keyof ScreenHooks;

/** Fetches the screens the flow can reach from `route`, once each. */
export function prefetchFrom(route: RouteName): void {
  for (const next of SCREENS[route].next) SCREENS[next].prefetch();
}
