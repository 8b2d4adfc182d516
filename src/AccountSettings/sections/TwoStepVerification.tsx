import { useEffect, useId, useRef, useState } from 'react';
import { Button, OneTimeCodeField, ScreenLayout } from '../../components/index.js';
import { QrCode } from '../../components/QrCode.js';
import { useAccount } from '../../hooks/account/context.js';
import { useTwoStepVerification, type MfaFactor, type TotpSetup } from '../../hooks/account/useTwoStepVerification.js';
import { LoadState } from '../LoadState.js';
import { SectionMessages, withScope } from '../parts.js';
import type { TwoStepVerificationProps } from '../types.js';

/** The secret in groups of four, as authenticator apps print it. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

function TotpSetupPanel({ setup }: { setup: TotpSetup }) {
  const { translate } = useAccount();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  // The panel replaces the button that opened it: the focus goes to its first words.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    void clipboard?.writeText(setup.sharedSecret).then(
      () => {
        setCopied(true);
      },
      () => undefined,
    );
  };
  return (
    <div className="gh-totp gh-account-panel">
      <h3 ref={heading} tabIndex={-1} className="gh-account-panel__heading">
        {translate('setupTotp.heading')}
      </h3>
      <SectionMessages error={setup.error} />
      <p>{translate('setupTotp.scan')}</p>
      <QrCode value={setup.setupUri} label={translate('setupTotp.qrLabel', { account: setup.accountName })} />
      <p>{translate('setupTotp.manual')}</p>
      <div className="gh-totp__secret">
        <code dir="ltr" translate="no">
          {grouped(setup.sharedSecret)}
        </code>
        <Button variant="secondary" onClick={copy}>
          {translate(copied ? 'setupTotp.copied' : 'setupTotp.copy')}
        </Button>
      </div>
      <p role="status" className="gh-visually-hidden">
        {copied ? translate('setupTotp.copied') : ''}
      </p>
      <form className="gh-form" onSubmit={setup.onSubmit} noValidate>
        <OneTimeCodeField {...setup.register('confirmation_code')} label={translate('field.confirmation_code')} hint={translate('setupTotp.enterCode')} required error={setup.fieldErrors.confirmation_code} />
        <div className="gh-dialog__actions">
          <Button variant="secondary" onClick={setup.cancel} disabled={setup.isPending}>
            {translate('account.cancel')}
          </Button>
          <Button type="submit" isPending={setup.isPending} pendingLabel={translate('confirmSignIn.pending')}>
            {translate('account.mfa.totpSubmit')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function FactorRow({ factor, section }: { factor: MfaFactor; section: ReturnType<typeof useTwoStepVerification> }) {
  const { translate } = useAccount();
  const reasonId = useId();
  const nameId = useId();
  const busy = section.pendingFactor === factor.type;
  const method = { method: factor.label };
  const reason = factor.enabled ? factor.cannotTurnOff : factor.cannotTurnOn;
  return (
    <li className="gh-account-item">
      <div className="gh-account-item__text">
        <span id={nameId} className="gh-account-item__name">
          {factor.label}
        </span>
        <span className={factor.enabled ? 'gh-badge gh-badge--on' : 'gh-badge'}>{translate(factor.enabled ? 'account.mfa.on' : 'account.mfa.off')}</span>
        {factor.preferred && <span className="gh-badge gh-badge--on">{translate('account.mfa.preferred')}</span>}
        {reason !== undefined && (
          <span id={reasonId} className="gh-account-item__detail">
            {reason}
          </span>
        )}
      </div>
      <div className="gh-account-item__actions">
        {factor.enabled && !factor.preferred && (
          // Named by its visible words (a voice user says what they see), described by the method it is for.
          <Button variant="secondary" aria-describedby={nameId} onClick={() => { section.prefer(factor.type); }} disabled={section.isPending}>
            {translate('account.mfa.prefer')}
          </Button>
        )}
        {factor.enabled ? (
          <Button
            variant="secondary"
            aria-label={translate('account.mfa.turnOffMethod', method)}
            aria-describedby={reason === undefined ? undefined : reasonId}
            onClick={() => {
              section.turnOff(factor.type);
            }}
            disabled={reason !== undefined || (section.isPending && !busy)}
            isPending={busy}
          >
            {translate('account.mfa.turnOff')}
          </Button>
        ) : (
          <Button
            variant="secondary"
            aria-label={translate(factor.type === 'TOTP' ? 'account.mfa.setUpMethod' : 'account.mfa.turnOnMethod', method)}
            aria-describedby={reason === undefined ? undefined : reasonId}
            onClick={() => {
              section.turnOn(factor.type);
            }}
            disabled={reason !== undefined || section.totpSetup !== undefined || (section.isPending && !busy)}
            isPending={busy}
          >
            {translate(factor.type === 'TOTP' ? 'account.mfa.setUp' : 'account.mfa.turnOn')}
          </Button>
        )}
      </div>
    </li>
  );
}

function TwoStepVerificationView({ components = {} }: TwoStepVerificationProps) {
  const { translate } = useAccount();
  const section = useTwoStepVerification();
  const { Section } = components;
  if (Section) return <Section section={section} />;
  return (
    <ScreenLayout heading={translate('account.mfa.heading')} description={translate('account.mfa.description')} className="gh-account-section">
      {section.enforcement === 'ON' && <p className="gh-account-note">{translate('account.mfa.requiredNote')}</p>}
      <SectionMessages error={section.error} notice={section.notice} />
      <LoadState isLoading={section.isLoading} error={section.loadError} retry={section.retry} hasData={section.loadError === undefined}>
        <ul className="gh-account-list">
          {section.factors.map((factor) => (
            <FactorRow key={factor.type} factor={factor} section={section} />
          ))}
        </ul>
        {section.totpSetup && <TotpSetupPanel setup={section.totpSetup} />}
      </LoadState>
    </ScreenLayout>
  );
}

export const TwoStepVerification = withScope(TwoStepVerificationView);
