import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteName } from '../core/routes.js';
import { SignIn } from '../screens/SignIn.js';
import { SignUp } from '../screens/SignUp.js';
import type { ScreenProps } from '../screens/types.js';

type ScreenModule = () => Promise<{ default: ComponentType<ScreenProps> }>;

/** Screens past the first one load on demand: only sign-in and sign-up are in the initial chunk. */
const LOADERS = {
  confirmSignUp: () => import('../screens/ConfirmSignUp.js').then((m) => ({ default: m.ConfirmSignUp })),
  forgotPassword: () => import('../screens/ForgotPassword.js').then((m) => ({ default: m.ForgotPassword })),
  confirmResetPassword: () => import('../screens/ConfirmResetPassword.js').then((m) => ({ default: m.ConfirmResetPassword })),
  forceNewPassword: () => import('../screens/ForceNewPassword.js').then((m) => ({ default: m.ForceNewPassword })),
  customChallenge: () => import('../screens/CustomChallenge.js').then((m) => ({ default: m.CustomChallenge })),
  verifyUser: () => import('../screens/VerifyUser.js').then((m) => ({ default: m.VerifyUser })),
  confirmVerifyUser: () => import('../screens/ConfirmVerifyUser.js').then((m) => ({ default: m.ConfirmVerifyUser })),
  working: () => import('../screens/Working.js').then((m) => ({ default: m.Working })),
  confirmSignIn: () => import('../screens/ConfirmSignIn.js').then((m) => ({ default: m.ConfirmSignIn })),
  setupTotp: () => import('../screens/SetupTotp.js').then((m) => ({ default: m.SetupTotp })),
  selectMfa: () => import('../screens/SelectMfa.js').then((m) => ({ default: m.SelectMfa })),
  setupEmail: () => import('../screens/SetupEmail.js').then((m) => ({ default: m.SetupEmail })),
  selectFirstFactor: () => import('../screens/SelectFirstFactor.js').then((m) => ({ default: m.SelectFirstFactor })),
  signInPassword: () => import('../screens/SignInPassword.js').then((m) => ({ default: m.SignInPassword })),
  passkeyPrompt: () => import('../screens/PasskeyPrompt.js').then((m) => ({ default: m.PasskeyPrompt })),
} satisfies Record<string, ScreenModule>;

type LazyName = keyof typeof LOADERS;

const LAZY = Object.fromEntries(Object.entries(LOADERS).map(([name, load]) => [name, lazy(load)])) as Record<LazyName, LazyExoticComponent<ComponentType<ScreenProps>>>;

export const EAGER = { signIn: SignIn, signUp: SignUp };

export function lazyScreen(name: LazyName): LazyExoticComponent<ComponentType<ScreenProps>> {
  return LAZY[name];
}

/** Where the flow can go next from a route: those screens are fetched while the user types. */
const NEXT: Partial<Record<RouteName, readonly LazyName[]>> = {
  signIn: ['confirmSignIn', 'working', 'forceNewPassword', 'selectMfa', 'setupTotp', 'selectFirstFactor', 'confirmSignUp', 'customChallenge', 'verifyUser', 'forgotPassword'],
  signUp: ['confirmSignUp', 'working'],
  forgotPassword: ['confirmResetPassword'],
  confirmSignUp: ['working', 'confirmSignIn', 'passkeyPrompt'],
  selectMfaType: ['confirmSignIn'],
  selectMfaSetupType: ['setupTotp', 'setupEmail'],
  setupEmail: ['confirmSignIn'],
  selectFirstFactor: ['confirmSignIn', 'signInPassword', 'passkeyPrompt'],
  confirmSignIn: ['passkeyPrompt', 'verifyUser'],
  verifyUser: ['confirmVerifyUser'],
};

const requested = new Set<LazyName>();

export function prefetchFrom(route: RouteName): void {
  for (const name of NEXT[route] ?? []) {
    if (requested.has(name)) continue;
    requested.add(name);
    void LOADERS[name]();
  }
}
