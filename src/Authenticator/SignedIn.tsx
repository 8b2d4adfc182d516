import { Suspense, lazy, useId, useState } from 'react';
import { Button } from '../components/index.js';
import type { AuthUser } from '../client/types.js';
import { useTranslate } from '../hooks/context.js';
import { useScreenState } from '../hooks/screens/screen-state.js';
import { ScreenMessages } from '../screens/shared/ScreenMessages.js';

// Loaded when the user opens it: an app that never does ships none of the account center.
const AccountCenter = lazy(() => import('../AccountSettings/AccountCenter.js').then((m) => ({ default: m.AccountCenter })));

/** What shows once signed in when the app gives no children: who, the account center behind a button, and a way out. */
export function SignedIn({ user, signOut }: { user: AuthUser; signOut: () => void }) {
  const translate = useTranslate();
  const { isPending, error, notice } = useScreenState();
  const [managing, setManaging] = useState(false);
  const accountId = useId();
  return (
    <div className="gh-signed-in">
      <p>{translate('authenticated.signedInAs', { name: user.signInDetails?.loginId ?? user.username })}</p>
      <ScreenMessages error={error} notice={notice} />
      <Button
        variant="secondary"
        aria-expanded={managing}
        aria-controls={accountId}
        onClick={() => {
          setManaging(!managing);
        }}
      >
        {translate('authenticated.manageAccount')}
      </Button>
      <Button variant="secondary" onClick={signOut} isPending={isPending} pendingLabel={translate('common.signingOut')}>
        {translate('common.signOut')}
      </Button>
      <div id={accountId} className="gh-signed-in__account" hidden={!managing}>
        {managing && (
          <Suspense fallback={null}>
            <AccountCenter />
          </Suspense>
        )}
      </div>
    </div>
  );
}
