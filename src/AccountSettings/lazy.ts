import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AccountSectionName, AccountSectionProps } from './types.js';

type Loaders = { [Name in AccountSectionName]: () => Promise<{ default: ComponentType<AccountSectionProps[Name]> }> };

// One chunk per section: each is fetched when it first renders (or when the center that shows it does).
const LOADERS: Loaders = {
  Profile: () => import('./sections/Profile.js').then((m) => ({ default: m.Profile })),
  ChangePassword: () => import('./sections/ChangePassword.js').then((m) => ({ default: m.ChangePassword })),
  TwoStepVerification: () => import('./sections/TwoStepVerification.js').then((m) => ({ default: m.TwoStepVerification })),
  Passkeys: () => import('./sections/Passkeys.js').then((m) => ({ default: m.Passkeys })),
  Devices: () => import('./sections/Devices.js').then((m) => ({ default: m.Devices })),
  SignOutEverywhere: () => import('./sections/SignOutEverywhere.js').then((m) => ({ default: m.SignOutEverywhere })),
  DeleteUser: () => import('./sections/DeleteUser.js').then((m) => ({ default: m.DeleteUser })),
};

export const LAZY_SECTIONS: { [Name in AccountSectionName]: LazyExoticComponent<ComponentType<AccountSectionProps[Name]>> } = {
  Profile: lazy(LOADERS.Profile),
  ChangePassword: lazy(LOADERS.ChangePassword),
  TwoStepVerification: lazy(LOADERS.TwoStepVerification),
  Passkeys: lazy(LOADERS.Passkeys),
  Devices: lazy(LOADERS.Devices),
  SignOutEverywhere: lazy(LOADERS.SignOutEverywhere),
  DeleteUser: lazy(LOADERS.DeleteUser),
};

/** Starts fetching sections before they render (their chunks come in parallel with the center's). */
export function preloadSections(names: readonly AccountSectionName[]): void {
  for (const name of names) void LOADERS[name]();
}
