import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { usePasskeyPrompt } from '../hooks/screens/usePasskeyPrompt.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

function PasskeyIcon() {
  return (
    <svg className="gh-passkey__icon" viewBox="0 0 24 24" width="48" height="48" aria-hidden="true" focusable="false">
      <circle cx="9" cy="7" r="4" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M2 21v-1a6 6 0 0 1 6-6h2.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="17.5" cy="13.5" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M17.5 16v5.5l1.5-1.2M17.5 19l1.5-1" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function PasskeyPrompt({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = usePasskeyPrompt();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('passkeyPrompt.heading')} headingRef={headingRef} description={translate('passkeyPrompt.description')} header={header} footer={footer}>
      <PasskeyIcon />
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <div className="gh-choices">
        <Button fullWidth isPending={screen.isPending} pendingLabel={translate('passkeyPrompt.creating')} onClick={screen.create}>
          {translate('passkeyPrompt.create')}
        </Button>
        <Button variant="secondary" fullWidth disabled={screen.isPending} onClick={screen.skip}>
          {translate('passkeyPrompt.skip')}
        </Button>
      </div>
    </ScreenLayout>
  );
}

export { usePasskeyPrompt } from '../hooks/screens/usePasskeyPrompt.js';
