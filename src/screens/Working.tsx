import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useAuthenticator, type UseAuthenticator } from '../hooks/useAuthenticator.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

const pick = (context: UseAuthenticator) => [context.error, context.isPending, context.isSlow, context.routeDetails];

/**
 * The steps that run by themselves (auto sign-in, the account check): a busy state, or their error, a retry
 * and, since the user is signed in already, signing out as the way back.
 */
export function Working({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const { error, isPending, isSlow, routeDetails, retryAccountCheck, signOut } = useAuthenticator(pick);
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('common.signingIn')} headingRef={headingRef} header={header} footer={footer}>
      <div className="gh-working" aria-busy={isPending}>
        <span className="gh-spinner" aria-hidden="true" />
      </div>
      <ScreenMessages error={error === undefined ? undefined : { message: error }} notice={isSlow ? 'takingLong' : undefined} />
      {error !== undefined && routeDetails.name === 'checkAccount' && (
        <div className="gh-choices">
          <Button fullWidth onClick={() => void retryAccountCheck()} isPending={isPending}>
            {translate('common.tryAgain')}
          </Button>
          <Button variant="secondary" fullWidth disabled={isPending} onClick={() => { signOut(); }}>
            {translate('common.signOut')}
          </Button>
        </div>
      )}
    </ScreenLayout>
  );
}
