import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useSignInPassword } from '../hooks/screens/useSignInPassword.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { FormFields } from './shared/FormFields.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export function SignInPassword({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useSignInPassword();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('signInPassword.heading')} headingRef={headingRef} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" onSubmit={screen.onSubmit} noValidate>
        <FormFields form={screen} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('signIn.pending')}>
          {translate('signInPassword.submit')}
        </Button>
      </form>
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
