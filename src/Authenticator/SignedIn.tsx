import { Button } from '../components/index.js';
import type { AuthUser } from '../client/types.js';
import { useTranslate } from '../hooks/context.js';
import { useScreenState } from '../hooks/screens/screen-state.js';
import { ScreenMessages } from '../screens/shared/ScreenMessages.js';

/** What shows once signed in when the app gives no children: who, and a way out (and what went wrong with it). */
export function SignedIn({ user, signOut }: { user: AuthUser; signOut: () => void }) {
  const translate = useTranslate();
  const { isPending, error, notice } = useScreenState();
  return (
    <div className="gh-signed-in">
      <p>{translate('authenticated.signedInAs', { name: user.signInDetails?.loginId ?? user.username })}</p>
      <ScreenMessages error={error} notice={notice} />
      <Button variant="secondary" onClick={signOut} isPending={isPending} pendingLabel={translate('common.signingOut')}>
        {translate('common.signOut')}
      </Button>
    </div>
  );
}
