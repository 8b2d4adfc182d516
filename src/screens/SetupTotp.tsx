import { useState } from 'react';
import { Button } from '../components/index.js';
import { QrCode } from '../components/QrCode.js';
import { useTranslate } from '../hooks/context.js';
import { useSetupTotp } from '../hooks/screens/useSetupTotp.js';
import { CodeScreenView } from './CodeScreenView.js';
import type { ScreenProps } from './types.js';

/** The secret in groups of four, as authenticator apps print it, so it can be read and typed. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Phones and tablets open otpauth:// links in the authenticator app installed there. */
function isTouchDevice(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

export function SetupTotp(props: ScreenProps) {
  const translate = useTranslate();
  const screen = useSetupTotp();
  const [copied, setCopied] = useState(false);
  const [touch] = useState(isTouchDevice);
  // No clipboard API on an insecure page, and a refused permission: the key stays there to copy by hand.
  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    void clipboard?.writeText(screen.sharedSecret).then(
      () => {
        setCopied(true);
      },
      () => undefined,
    );
  };
  const description = (
    <div className="gh-totp">
      <p>{translate('setupTotp.scan')}</p>
      <QrCode value={screen.setupUri} label={translate('setupTotp.qrLabel', { account: screen.accountName })} />
      {touch && (
        <a className="gh-button gh-button--secondary gh-button--full" href={screen.setupUri}>
          {translate('setupTotp.openApp')}
        </a>
      )}
      <p>{translate('setupTotp.manual')}</p>
      <div className="gh-totp__secret">
        <code dir="ltr" translate="no">
          {grouped(screen.sharedSecret)}
        </code>
        <Button variant="secondary" onClick={copy}>
          {translate(copied ? 'setupTotp.copied' : 'setupTotp.copy')}
        </Button>
      </div>
      {/* Announced; the button's own label shows it on screen. */}
      <p role="status" className="gh-visually-hidden">
        {copied ? translate('setupTotp.copied') : ''}
      </p>
      <p>{translate('setupTotp.enterCode')}</p>
    </div>
  );
  return (
    <CodeScreenView
      {...props}
      screen={screen}
      heading={translate('setupTotp.heading')}
      submitLabel={translate('setupTotp.submit')}
      pendingLabel={translate('confirmSignIn.pending')}
      description={description}
    />
  );
}

export { useSetupTotp } from '../hooks/screens/useSetupTotp.js';
