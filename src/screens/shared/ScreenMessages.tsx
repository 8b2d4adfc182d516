import { Alert } from '../../components/index.js';
import { useTranslate } from '../../hooks/context.js';
import type { ScreenNotice, ScreenState } from '../../hooks/screens/screen-state.js';
import type { MessageKey } from '../../i18n/en.js';

const NOTICES: Record<ScreenNotice, MessageKey> = {
  passwordWasReset: 'signIn.passwordWasReset',
  accountConfirmed: 'signIn.accountConfirmed',
  codeResent: 'common.codeResent',
  passwordResetRequired: 'error.passwordResetRequired',
  passkeyCreated: 'passkeyPrompt.created',
  takingLong: 'common.takingLong',
};

const INFO: ReadonlySet<ScreenNotice> = new Set<ScreenNotice>(['passwordResetRequired', 'takingLong']);

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
      {notice && <Alert variant={INFO.has(notice) ? 'info' : 'success'}>{translate(NOTICES[notice])}</Alert>}
    </>
  );
}
