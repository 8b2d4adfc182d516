import { useState } from 'react';
import { Button, ScreenLayout } from '../components/index.js';
import type { AuthFactorType } from '../client/types.js';
import { useTranslate } from '../hooks/context.js';
import { useSignIn } from '../hooks/screens/useSignIn.js';
import type { MessageKey } from '../i18n/en.js';
import { FormFields } from './shared/FormFields.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import { SignInFooter } from './shared/SignInFooter.js';
import { SocialProviders } from './shared/SocialProviders.js';
import type { ScreenProps } from './types.js';

function methodLabel(method: AuthFactorType | undefined): MessageKey {
  if (method === undefined) return 'common.continue';
  return `firstFactor.${method === 'PASSWORD_SRP' ? 'PASSWORD' : method}`;
}

export function SignIn({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useSignIn();
  const headingRef = useHeadingFocus();
  const [showOthers, setShowOthers] = useState(false);
  const passwordlessPrimary = !screen.withPassword || screen.primaryMethod !== undefined;
  return (
    <ScreenLayout heading={translate('signIn.heading')} headingRef={headingRef} header={header} footer={footer}>
      <SocialProviders />
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" {...screen.formProps}>
        <FormFields form={screen} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('signIn.pending')}>
          {translate(passwordlessPrimary ? methodLabel(screen.primaryMethod) : 'signIn.submit')}
        </Button>
      </form>
      {screen.otherMethods.length > 0 && (
        <div className="gh-choices">
          <Button variant="link" aria-expanded={showOthers} onClick={() => { setShowOthers(!showOthers); }}>
            {translate('signIn.otherOptions')}
          </Button>
          {showOthers &&
            screen.otherMethods.map((method) => (
              <Button key={method} variant="secondary" fullWidth disabled={screen.isPending} onClick={() => { screen.signInWith(method); }}>
                {translate(methodLabel(method))}
              </Button>
            ))}
        </div>
      )}
      {/* Always, as in Amplify UI: a passwordless sign-in keeps the way to reset a password too. */}
      {footer === undefined && <SignInFooter />}
    </ScreenLayout>
  );
}
