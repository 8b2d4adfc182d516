import { useEffect, useId, useState } from 'react';
import { totpAt } from '../src/client/local/crypto/totp.ts';

/** The current code of a TOTP secret, for the seeded TOTP users and for secrets shown on the setup screen. */
export function TotpHelper({ initialSecret }: { initialSecret: string }) {
  const id = useId();
  const [secret, setSecret] = useState(initialSecret);
  const [now, setNow] = useState(() => Date.now());
  const [code, setCode] = useState<{ secret: string; step: number; value: string } | undefined>();
  const step = Math.floor(now / 30_000);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  useEffect(() => {
    let current = true;
    const cleaned = secret.replace(/\s+/g, '').toUpperCase();
    totpAt(cleaned, step * 30_000).then(
      (value) => {
        if (current) setCode({ secret, step, value });
      },
      () => {
        if (current) setCode({ secret, step, value: '' });
      },
    );
    return () => {
      current = false;
    };
  }, [secret, step]);
  const shown = code?.secret === secret && code.step === step ? code.value : undefined;
  return (
    <div className="pg-totp">
      <label htmlFor={id}>TOTP secret</label>
      <input id={id} value={secret} spellCheck={false} autoComplete="off" dir="ltr" onChange={(event) => { setSecret(event.target.value); }} />
      <p className="pg-totp-code" aria-live="polite">
        {shown === undefined ? '…' : shown === '' ? 'Not a base32 secret' : <><span className="pg-code" dir="ltr">{shown}</span> <span className="pg-muted">{30 - Math.floor((now / 1000) % 30)} s left</span></>}
      </p>
    </div>
  );
}
