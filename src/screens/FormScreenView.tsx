import type { ReactNode } from 'react';
import { Button, OneTimeCodeField, ScreenLayout } from '../components/index.js';
import type { FormScreen } from '../hooks/screens/useScreenForm.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { ScreenFields } from './shared/ScreenFormContext.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export interface FormScreenViewProps extends ScreenProps {
  screen: Pick<FormScreen, 'fields' | 'register' | 'fieldErrors' | 'formProps' | 'isPending' | 'error' | 'notice'>;
  heading: string;
  description?: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  /** Rendered under a given field (the password checklist). */
  after?: Partial<Record<string, ReactNode>>;
  /** Actions under the form, before the way back to sign-in (resend, skip…). */
  actions?: ReactNode;
}

/** The layout most screens share: heading, messages, the form's fields, one submit, and the way back. */
export function FormScreenView({ screen, heading, description, submitLabel, pendingLabel, after, actions, header, footer, formFields }: FormScreenViewProps) {
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={heading} headingRef={headingRef} description={description} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" {...screen.formProps}>
        <ScreenFields form={screen} after={after ?? {}} codeField={OneTimeCodeField} slot={formFields} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
      </form>
      <div className="gh-actions">
        {actions}
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
