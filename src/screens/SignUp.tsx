import { Button, ScreenLayout } from '../components/index.js';
import { useAuthenticatorContext } from '../hooks/context.js';
import { useSignUp } from '../hooks/screens/useSignUp.js';
import { ScreenFields } from './shared/ScreenFormContext.js';
import { PasswordChecklist } from './shared/PasswordChecklist.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import { SocialProviders } from './shared/SocialProviders.js';
import type { ScreenProps } from './types.js';

export function SignUp({ header, footer, formFields }: ScreenProps) {
  const { translate, backend } = useAuthenticatorContext();
  const screen = useSignUp();
  const headingRef = useHeadingFocus();
  const policy = backend.passwordPolicy;
  return (
    <ScreenLayout heading={translate('signUp.heading')} headingRef={headingRef} header={header} footer={footer}>
      <SocialProviders />
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" {...screen.formProps}>
        <ScreenFields form={screen} after={policy ? { password: <PasswordChecklist control={screen.control} policy={policy} /> } : {}} slot={formFields} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('signUp.pending')}>
          {translate('signUp.submit')}
        </Button>
      </form>
    </ScreenLayout>
  );
}
