import { Alert } from '../../components/index.js';
import { useTranslate } from '../../hooks/context.js';
import type { Notice } from '../../core/flow-state.js';
import type { ScreenState } from '../../hooks/screens/screen-state.js';
import type { MessageKey } from '../../i18n/en.js';

const NOTICES: Record<Notice, MessageKey> = {
  passwordWasReset: 'signIn.passwordWasReset',
  accountConfirmed: 'signIn.accountConfirmed',
  codeResent: 'common.codeResent',
  passwordResetRequired: 'error.passwordResetRequired',
  passkeyCreated: 'passkeyPrompt.created',
};

/** The screen's error (announced) and notice, above its form. */
export function ScreenMessages({ error, notice }: Pick<ScreenState, 'error' | 'notice'>) {
  const translate = useTranslate();
  return (
    <>
      {error && (
        <Alert variant="error">
          {error.message}
          {error.detail !== undefined && <span className="gh-alert__detail">{translate('common.errorDetail', { detail: error.detail })}</span>}
        </Alert>
      )}
      {notice && <Alert variant={notice === 'passwordResetRequired' ? 'info' : 'success'}>{translate(NOTICES[notice])}</Alert>}
    </>
  );
}
