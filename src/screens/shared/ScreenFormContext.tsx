import { createContext, useContext, type ComponentProps, type ReactNode } from 'react';
import type { FormScreen } from '../../hooks/screens/useScreenForm.js';
import { FormFields } from './FormFields.js';

interface ScreenFormContextValue {
  form: Pick<FormScreen, 'fields' | 'register' | 'fieldErrors'>;
  after: Partial<Record<string, ReactNode>>;
  codeField?: ComponentProps<typeof FormFields>['codeField'];
}

/** The form of the screen on show, for the default fields an app's FormFields slot puts back in. */
export const ScreenFormContext = createContext<ScreenFormContextValue | undefined>(undefined);

/** The screen's own fields: what `Authenticator.SignUp.FormFields` (and `.ForceNewPassword.FormFields`) render. */
export function DefaultFormFields() {
  const value = useContext(ScreenFormContext);
  if (!value) throw new Error('Authenticator.SignUp.FormFields renders inside the sign-up (or force-new-password) screen’s FormFields slot.');
  return <FormFields form={value.form} after={value.after} codeField={value.codeField} />;
}

/** A form screen's fields: the app's FormFields slot if it gave one (the defaults within its reach), else the defaults. */
export function ScreenFields({ form, after, codeField, slot }: ScreenFormContextValue & { slot: ReactNode }) {
  return <ScreenFormContext.Provider value={{ form, after, codeField }}>{slot ?? <FormFields form={form} after={after} codeField={codeField} />}</ScreenFormContext.Provider>;
}
