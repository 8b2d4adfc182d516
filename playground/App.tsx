import { useId, useState, type ChangeEvent } from 'react';
import { AccountSettings, Authenticator, LANGUAGES, type AuthenticatorEvent, type AuthenticatorProps, type LanguageCode } from '../src/index.ts';
import { AmplifyUsers } from './AmplifyUsers.tsx';
import { useInbox, type Inbox, type InboxMessage } from './inbox.ts';
import type { AmplifyMode, PlaygroundMode } from './mode.ts';
import { PASSWORD, TOTP_SECRET, type Preset } from './presets.ts';
import { LANGUAGE_NAMES, THEMES, applyLanguage, applyTheme, resetPool, type ThemeChoice } from './settings.ts';
import { TotpHelper } from './TotpHelper.tsx';

export interface AppProps {
  mode: PlaygroundMode;
  initialTheme: ThemeChoice;
  initialLanguage: LanguageCode;
}

/** The playground's mark: a gatehouse arch with a keyhole. Decorative; the wordmark next to it names it. */
function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg className="pg-logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="28" height="28" rx="8" fill="currentColor" />
      <path d="M9 25V14a7 7 0 0 1 14 0v11" fill="none" stroke="var(--pg-logo-ink)" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="16" cy="16.5" r="2.4" fill="var(--pg-logo-ink)" />
      <path d="M15 18h2l.6 4.5h-3.2z" fill="var(--pg-logo-ink)" />
    </svg>
  );
}

/** The custom-screen example: `components.Header`, drawn above every screen's card. */
function AuthHeader() {
  return (
    <div className="pg-auth-header">
      <Logo size={36} />
      <span className="pg-wordmark">
        Gatehouse <span className="pg-wordmark-accent">playground</span>
      </span>
    </div>
  );
}

const components: NonNullable<AuthenticatorProps['components']> = { Header: AuthHeader };

function describe(event: AuthenticatorEvent): string {
  if (event.type === 'signedIn') return `signedIn by ${event.method}`;
  return event.type === 'signedOut' ? `signedOut (${event.reason})` : event.type;
}

function Select<Value extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
}) {
  const id = useId();
  return (
    <div className="pg-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => {
          const next = options.find((option) => option.value === event.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Says which backend the page runs on: aws-amplify against the emulator (or a real pool), not the embedded pool. */
function AmplifyBadge({ mode }: { mode: AmplifyMode }) {
  return (
    <span className="pg-badge" title={`aws-amplify, user pool ${mode.userPoolId}${mode.userPoolEndpoint === undefined ? '' : ` at ${mode.userPoolEndpoint}`}`}>
      Amplify mode
    </span>
  );
}

function Toolbar({
  mode,
  theme,
  language,
  onTheme,
  onLanguage,
}: {
  mode: PlaygroundMode;
  theme: ThemeChoice;
  language: LanguageCode;
  onTheme: (theme: ThemeChoice) => void;
  onLanguage: (language: LanguageCode) => void;
}) {
  return (
    <header className="pg-topbar" lang="en" dir="ltr">
      <div className="pg-brand">
        <Logo />
        <h1>
          Gatehouse <span className="pg-brand-sub">playground</span>
        </h1>
        {mode.backend === 'amplify' && <AmplifyBadge mode={mode} />}
      </div>
      <div className="pg-controls">
        <Select
          label="Preset"
          value={mode.preset}
          options={mode.presets}
          onChange={(name) => {
            const url = new URL(location.href);
            url.searchParams.set('preset', name);
            location.assign(url);
          }}
        />
        {mode.backend === 'local' && (
          <button
            type="button"
            className="pg-button"
            onClick={() => {
              resetPool(mode.localPreset);
              location.reload();
            }}
          >
            Reset pool
          </button>
        )}
        <Select label="Theme" value={theme} options={THEMES} onChange={onTheme} />
        <Select label="Language" value={language} options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))} onChange={onLanguage} />
      </div>
    </header>
  );
}

function SeededUsers({ preset }: { preset: Preset }) {
  const federation = preset.pool.federation ?? [];
  return (
    <aside className="pg-panel pg-users" aria-labelledby="pg-users-title" lang="en" dir="ltr">
      <h2 id="pg-users-title">Seeded users</h2>
      <p className="pg-muted">{preset.title}</p>
      <p className="pg-password">
        Password <code dir="ltr">{PASSWORD}</code> <span className="pg-muted">unless noted</span>
      </p>
      <ul className="pg-user-list">
        {preset.users.map((user) => (
          <li key={user.login}>
            <code dir="ltr">{user.login}</code>
            <span className="pg-user-note">
              {user.note}
              {user.password !== PASSWORD && (
                <>
                  {' · password '}
                  <code dir="ltr">{user.password}</code>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      {federation.length > 0 && (
        <>
          <h3>Social sign-in</h3>
          <ul className="pg-user-list">
            {federation.map((profile) => (
              <li key={typeof profile.provider === 'string' ? profile.provider : profile.provider.custom}>
                <span className="pg-user-note">{typeof profile.provider === 'string' ? profile.provider : profile.provider.custom} returns</span>
                <code dir="ltr">{profile.attributes.email}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {preset.name === 'custom-challenge' && (
        <p className="pg-hint">
          The challenge asks “What is 3 + 4?”: answer <code>7</code>. This flow (CUSTOM_WITHOUT_SRP) does not check the password.
        </p>
      )}
      <h3>Authenticator app</h3>
      <TotpHelper initialSecret={TOTP_SECRET} />
    </aside>
  );
}

function highlightCode(message: InboxMessage) {
  const parts = message.text.split(message.code);
  return parts.flatMap((part, index) => (index === 0 ? [part] : [<mark key={index} className="pg-code" dir="ltr">{message.code}</mark>, part]));
}

function InboxPanel({ inbox }: { inbox: Inbox }) {
  const messages = useInbox(inbox);
  const [copied, setCopied] = useState<string | undefined>();
  return (
    <section className="pg-panel pg-inbox" aria-labelledby="pg-inbox-title" lang="en" dir="ltr">
      <div className="pg-panel-head">
        <h2 id="pg-inbox-title">Inbox</h2>
        <span className="pg-count" aria-hidden="true">{messages.length}</span>
        <button type="button" className="pg-button pg-button-small" onClick={() => { inbox.clear(); }} disabled={messages.length === 0}>
          Clear
        </button>
      </div>
      {messages.length === 0 ? (
        <p className="pg-muted">No messages yet. Codes the pool sends by email or SMS show up here, newest first.</p>
      ) : (
        <ol className="pg-messages">
          {messages.map((message) => (
            <li key={message.id} className="pg-message">
              <div className="pg-message-meta">
                <span className={`pg-channel pg-channel-${message.channel.toLowerCase()}`}>{message.channel}</span>
                <span className="pg-destination" dir="ltr">{message.destination}</span>
                <time dateTime={message.sentAt.toISOString()}>{message.sentAt.toLocaleTimeString('en-GB')}</time>
              </div>
              {message.subject !== undefined && <p className="pg-subject" dir="auto">{message.subject}</p>}
              <p className="pg-text" dir="auto">{highlightCode(message)}</p>
              <button
                type="button"
                className="pg-button pg-button-small"
                aria-label={copied === message.id ? undefined : `Copy ${message.code}`}
                onClick={() => {
                  void navigator.clipboard.writeText(message.code).then(() => {
                    setCopied(message.id);
                  });
                }}
              >
                {copied === message.id ? 'Copied' : 'Copy'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Cognito delivers a real pool's codes itself. */
function NoInbox() {
  return (
    <section className="pg-panel pg-inbox" aria-labelledby="pg-inbox-title" lang="en" dir="ltr">
      <h2 id="pg-inbox-title">Inbox</h2>
      <p className="pg-muted">This user pool is not the emulator: Cognito sends its codes to real email addresses and phones.</p>
    </section>
  );
}

export function App({ mode, initialTheme, initialLanguage }: AppProps) {
  const [theme, setTheme] = useState(initialTheme);
  const [language, setLanguage] = useState(initialLanguage);
  const [lastEvent, setLastEvent] = useState<string | undefined>();
  return (
    <div className="gatehouse pg">
      <Toolbar
        mode={mode}
        theme={theme}
        language={language}
        onTheme={(next) => {
          applyTheme(next, true);
          setTheme(next);
        }}
        onLanguage={(next) => {
          applyLanguage(next, true);
          setLanguage(next);
        }}
      />
      <div className="pg-layout">
        <main className="pg-stage">
          <Authenticator
            client={mode.client}
            language={language}
            components={components}
            totpIssuer="Gatehouse playground"
            onAuthEvent={(event) => {
              setLastEvent(`${describe(event)} at ${new Date().toLocaleTimeString('en-GB')}`);
            }}
            {...mode.authenticatorProps}
          >
            {({ user, signOut }) => (
              <div className="pg-signed-in">
                <AuthHeader />
                <div className="pg-signed-in-card" lang="en">
                  <h2>Signed in as {user.signInDetails?.loginId ?? user.username}</h2>
                  <dl>
                    <dt>username</dt>
                    <dd dir="ltr">{user.username}</dd>
                    <dt>userId</dt>
                    <dd dir="ltr">{user.userId}</dd>
                    {user.signInDetails?.authFlowType !== undefined && (
                      <>
                        <dt>authFlowType</dt>
                        <dd dir="ltr">{user.signInDetails.authFlowType}</dd>
                      </>
                    )}
                  </dl>
                  <button
                    type="button"
                    className="pg-button pg-button-primary"
                    onClick={() => {
                      signOut();
                    }}
                  >
                    Sign out
                  </button>
                </div>
                <AccountSettings className="pg-account" />
              </div>
            )}
          </Authenticator>
          <p className="pg-event" role="status" lang="en" dir="ltr">
            {lastEvent === undefined ? 'No auth event yet.' : `Last event: ${lastEvent}`}
          </p>
        </main>
        {mode.backend === 'local' ? <SeededUsers preset={mode.localPreset} /> : <AmplifyUsers mode={mode} />}
        {mode.inbox ? <InboxPanel inbox={mode.inbox} /> : <NoInbox />}
      </div>
    </div>
  );
}
