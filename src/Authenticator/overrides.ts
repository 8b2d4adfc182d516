import type { ComponentType } from 'react';
import type { ReplacementView } from './screen-entry.js';
import type { OverridableScreen, ScreenHooks } from './registry.js';

/** A screen's slots: a Header and Footer inside its card, or a whole replacement given the screen's hook. */
export interface ScreenOverride<Screen> {
  Header?: ComponentType;
  /** Replaces the default footer (sign-in's: the forgot-password link, as in Amplify UI). */
  Footer?: ComponentType;
  /** Amplify UI's FormFields slot: the screen's fields, inside its form (`<Authenticator.SignUp.FormFields />` puts the defaults back). */
  FormFields?: ComponentType;
  /** Replaces the screen; it receives what the default screen's hook returns. */
  Screen?: ReplacementView<Screen>;
}

/** Amplify UI's `components` prop: Header and Footer around the Authenticator, and per screen. */
export type AuthenticatorComponents = {
  Header?: ComponentType;
  Footer?: ComponentType;
} & { [Name in OverridableScreen]?: ScreenOverride<ScreenHooks[Name]> };

export type { OverridableScreen, ScreenHooks } from './registry.js';
