import { useContext, type ComponentType, type ReactNode } from 'react';
import { Alert } from '../components/index.js';
import { classNames } from '../components/classNames.js';
import { AccountContext, useAccount } from '../hooks/account/context.js';
import { AccountScope } from '../hooks/account/AccountScope.js';
import type { AccountNotice } from '../hooks/account/action.js';
import type { ScreenError } from '../hooks/screens/screen-state.js';
import { Pending } from './Pending.js';
import type { SectionProps } from './types.js';

/** A section's error (announced at once) and its notice (announced at the next pause). */
export function SectionMessages({ error, notice }: { error: ScreenError | undefined; notice?: AccountNotice | undefined }) {
  const { translate } = useAccount();
  return (
    <>
      {error && (
        <Alert variant="error">
          {error.message}
          {error.detail !== undefined && <span className="gh-alert__detail">{translate('common.errorDetail', { detail: error.detail })}</span>}
        </Alert>
      )}
      {notice && <Alert variant="success">{notice.message}</Alert>}
    </>
  );
}

/** The themed root (class `gatehouse`, the language's direction) around a section or the whole center. */
export function AccountRoot({ className, children }: { className?: string | undefined; children: ReactNode }) {
  const { direction, language } = useAccount();
  return (
    <div className={classNames('gatehouse', 'gh-account', className)} dir={direction} lang={language}>
      {children}
    </div>
  );
}

/**
 * A section as the app uses it: inside the center it shares the center's scope; on its own it finds the
 * Authenticator (or takes a `client`) and brings its themed root.
 */
export function withScope<Props extends SectionProps>(View: ComponentType<Props>): ComponentType<Props> {
  return function Scoped(props: Props) {
    const inCenter = useContext(AccountContext) !== undefined && props.client === undefined;
    if (inCenter) return <View {...props} />;
    const { className } = props;
    return (
      <AccountScope {...props} fallback={<Pending root className={className} />}>
        <AccountRoot className={className}>
          <View {...props} />
        </AccountRoot>
      </AccountScope>
    );
  };
}

/** A list's date ("Added 3 Mar 2026"), or nothing when the backend gave none. */
export function DateLine({ date, messageKey }: { date: Date | undefined; messageKey: 'account.created' | 'account.lastUsed' }) {
  const { translate, formatDate } = useAccount();
  if (date === undefined) return null;
  return <span className="gh-account-item__detail">{translate(messageKey, { date: formatDate(date) })}</span>;
}
