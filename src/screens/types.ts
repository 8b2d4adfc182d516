import type { ReactNode } from 'react';

/** What the router hands every screen: the app's slots for it (Amplify UI's Header, Footer and FormFields). */
export interface ScreenProps {
  header?: ReactNode;
  /** Replaces the screen's default footer (sign-in's is the forgot-password link, as in Amplify UI). */
  footer?: ReactNode;
  /** Replaces the screen's fields (sign-up, force-new-password), inside its form: `Authenticator.SignUp.FormFields` renders the defaults there. */
  formFields?: ReactNode;
}
