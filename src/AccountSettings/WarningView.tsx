import { Button } from '../components/index.js';
import { useAccount } from '../hooks/account/context.js';
import type { WarningViewProps } from './types.js';

/**
 * Amplify UI's default WarningView, for an app's `components.WarningView` to wrap: the warning, Cancel and
 * Delete, in the page. Without a WarningView of the app's, DeleteUser asks in a dialog instead.
 */
export function DefaultWarningView({ displayText = {}, isDisabled, onCancel, onConfirm }: WarningViewProps) {
  const { translate } = useAccount();
  return (
    <div className="gh-account-panel" role="group" aria-label={translate('account.delete.title')}>
      <p>{displayText.warningText ?? translate('account.delete.warning')}</p>
      <div className="gh-dialog__actions">
        <Button variant="secondary" onClick={onCancel} disabled={isDisabled}>
          {displayText.cancelButtonText ?? translate('account.cancel')}
        </Button>
        <Button className="gh-button--danger" onClick={onConfirm} isPending={isDisabled} pendingLabel={translate('account.delete.pending')}>
          {displayText.confirmDeleteButtonText ?? translate('account.delete.confirm')}
        </Button>
      </div>
    </div>
  );
}
