import { useRef } from 'react';
import { ScreenLayout } from '../../components/index.js';
import { useAccount } from '../../hooks/account/context.js';
import { useDeleteUser } from '../../hooks/account/useDeleteUser.js';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { withScope } from '../parts.js';
import { DefaultDeleteButton, DefaultErrorMessage } from '../slots.js';
import type { DeleteUserProps } from '../types.js';

function DeleteUserView({ handleDelete, onSuccess, onError, components = {}, displayText = {} }: DeleteUserProps) {
  const { translate } = useAccount();
  const section = useDeleteUser({
    ...(handleDelete === undefined ? {} : { handleDelete }),
    ...(onSuccess === undefined ? {} : { onSuccess }),
    ...(onError === undefined ? {} : { onError }),
  });
  const buttonArea = useRef<HTMLDivElement>(null);
  const { Section, WarningView, DeleteButton = DefaultDeleteButton, ErrorMessage = DefaultErrorMessage } = components;
  if (Section) return <Section section={section} />;
  // Deleted: nothing left to manage (Amplify UI's DeleteUser renders nothing either).
  if (section.state === 'DONE') return null;
  const confirming = section.state === 'CONFIRMATION' || section.state === 'DELETING';
  const text = {
    cancelButtonText: displayText.cancelButtonText ?? translate('account.cancel'),
    confirmDeleteButtonText: displayText.confirmDeleteButtonText ?? translate('account.delete.confirm'),
    deleteAccountButtonText: displayText.deleteAccountButtonText ?? translate('account.delete.button'),
    warningText: displayText.warningText ?? translate('account.delete.warning'),
  };
  const { confirmationPhrase } = section;
  return (
    <ScreenLayout heading={translate('account.delete.heading')} className="gh-account-section">
      <div ref={buttonArea} className="gh-account-row">
        <DeleteButton onClick={section.startConfirmation} isDisabled={confirming || (WarningView === undefined && section.state === 'ERROR')}>
          {text.deleteAccountButtonText}
        </DeleteButton>
      </div>
      {WarningView ? (
        <>
          {confirming && <WarningView displayText={text} isDisabled={section.state === 'DELETING'} onCancel={section.cancel} onConfirm={section.confirm} />}
          {section.error ? <ErrorMessage>{section.error.message}</ErrorMessage> : null}
        </>
      ) : (
        // After a failure the dialog stays open with what was typed, and says what went wrong.
        <ConfirmDialog
          open={confirming || section.state === 'ERROR'}
          title={translate('account.delete.title')}
          confirmLabel={text.confirmDeleteButtonText}
          pendingLabel={translate('account.delete.pending')}
          cancelLabel={text.cancelButtonText}
          isPending={section.isPending}
          error={section.error}
          onConfirm={section.confirm}
          onCancel={section.cancel}
          typeToConfirm={{
            label: translate('account.delete.typeToConfirm', { phrase: confirmationPhrase }),
            mismatch: translate('account.delete.mismatch', { phrase: confirmationPhrase }),
            matches: section.isConfirmation,
          }}
          returnFocus={() => buttonArea.current?.querySelector('button') ?? null}
        >
          <p>{text.warningText}</p>
        </ConfirmDialog>
      )}
    </ScreenLayout>
  );
}

export const DeleteUser = withScope(DeleteUserView);
