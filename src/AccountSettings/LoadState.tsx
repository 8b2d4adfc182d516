import type { ReactNode } from 'react';
import { Alert, Button } from '../components/index.js';
import { useAccount } from '../hooks/account/context.js';
import type { ScreenError } from '../hooks/screens/screen-state.js';

interface LoadStateProps {
  isLoading: boolean;
  error: ScreenError | undefined;
  retry: () => void;
  /** Data arrived before (a failed re-read keeps showing it, under the error). */
  hasData: boolean;
  children: ReactNode;
}

/** A section's read: busy while it comes, the failure with a way to try again, then the section's content. */
export function LoadState({ isLoading, error, retry, hasData, children }: LoadStateProps) {
  const { translate } = useAccount();
  if (isLoading) {
    return (
      <p className="gh-account-loading" role="status">
        <span className="gh-spinner" aria-hidden="true" />
        {translate('account.loading')}
      </p>
    );
  }
  return (
    <>
      {error && (
        <Alert variant="error">
          {translate('account.loadFailed')} {error.message}
        </Alert>
      )}
      {error && (
        <div className="gh-account-row">
          <Button variant="secondary" onClick={retry}>
            {translate('account.retry')}
          </Button>
        </div>
      )}
      {hasData && children}
    </>
  );
}
