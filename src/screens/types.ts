import type { ReactNode } from 'react';

/** What the router hands every screen: the app's Header and Footer slots for it. */
export interface ScreenProps {
  header?: ReactNode;
  footer?: ReactNode;
}
