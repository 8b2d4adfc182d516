import { useRef } from 'react';
import { Button, ScreenLayout } from '../../components/index.js';
import { useAccount } from '../../hooks/account/context.js';
import { usePasskeys } from '../../hooks/account/usePasskeys.js';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { LoadState } from '../LoadState.js';
import { DateLine, SectionMessages, withScope } from '../parts.js';
import type { PasskeysProps } from '../types.js';

function PasskeysView({ components = {} }: PasskeysProps) {
  const { translate } = useAccount();
  const section = usePasskeys();
  const list = useRef<HTMLDivElement>(null);
  const asked = useRef<string | undefined>(undefined);
  const { Section } = components;
  if (Section) return <Section section={section} />;
  const { removal } = section;
  return (
    <ScreenLayout heading={translate('account.passkeys.heading')} description={translate('account.passkeys.description')} className="gh-account-section">
      <SectionMessages error={section.error} notice={section.notice} />
      <LoadState isLoading={section.isLoading} error={section.loadError} retry={section.retry} hasData={section.loadError === undefined || section.passkeys.length > 0}>
        <div ref={list}>
          {section.passkeys.length === 0 ? (
            <p className="gh-account-empty">{translate('account.passkeys.empty')}</p>
          ) : (
            <ul className="gh-account-list">
              {section.passkeys.map((passkey) => (
                <li key={passkey.credentialId} className="gh-account-item">
                  <div className="gh-account-item__text">
                    <span className="gh-account-item__name">{passkey.name}</span>
                    <DateLine date={passkey.createdAt} messageKey="account.created" />
                    <DateLine date={passkey.lastUsedAt} messageKey="account.lastUsed" />
                  </div>
                  <Button
                    variant="secondary"
                    data-credential={passkey.credentialId}
                    aria-label={translate('account.passkeys.removePasskey', { name: passkey.name })}
                    onClick={() => {
                      asked.current = passkey.credentialId;
                      section.askToRemove(passkey.credentialId);
                    }}
                    disabled={section.isPending}
                  >
                    {translate('account.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="gh-account-row">
          <Button onClick={section.addPasskey} isPending={section.isAdding} pendingLabel={translate('account.passkeys.adding')}>
            {translate('account.passkeys.add')}
          </Button>
        </div>
      </LoadState>
      <ConfirmDialog
        open={removal !== undefined}
        title={translate('account.passkeys.removeTitle')}
        confirmLabel={translate('account.passkeys.removeConfirm')}
        pendingLabel={translate('account.passkeys.removing')}
        cancelLabel={translate('account.cancel')}
        isPending={removal?.isPending ?? false}
        error={removal?.error}
        onConfirm={() => removal?.confirm()}
        onCancel={() => removal?.cancel()}
        // Back to the passkey's own button, or (once it is gone) to adding one.
        returnFocus={() => {
          const own = [...(list.current?.querySelectorAll<HTMLElement>('[data-credential]') ?? [])].find((button) => button.dataset.credential === asked.current);
          return own ?? list.current?.parentElement?.querySelector<HTMLElement>('.gh-account-row button') ?? null;
        }}
      >
        <p>{translate('account.passkeys.removeWarning', { name: removal?.passkey.name ?? '' })}</p>
      </ConfirmDialog>
    </ScreenLayout>
  );
}

export const Passkeys = withScope(PasskeysView);
