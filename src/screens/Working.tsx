import { ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useAuthenticator } from '../hooks/useAuthenticator.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

const pick = (context: { error: string | undefined; isPending: boolean }) => [context.error, context.isPending];

/** The steps that run by themselves (auto sign-in, the account check): a busy state, or their error. */
export function Working({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const { error, isPending } = useAuthenticator(pick);
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('common.signingIn')} headingRef={headingRef} header={header} footer={footer}>
      <div className="gh-working" aria-busy={isPending}>
        <span className="gh-spinner" aria-hidden="true" />
      </div>
      {error !== undefined && <ScreenMessages error={{ message: error }} notice={undefined} />}
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
