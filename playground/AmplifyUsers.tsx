import type { AmplifyMode } from './mode.ts';
import { TotpHelper } from './TotpHelper.tsx';

/** Amplify mode's users panel: the pool and the users `npm run playground:cognito` seeded in it. */
export function AmplifyUsers({ mode }: { mode: AmplifyMode }) {
  return (
    <aside className="pg-panel pg-users" aria-labelledby="pg-users-title" lang="en" dir="ltr">
      <h2 id="pg-users-title">Seeded users</h2>
      <p className="pg-muted">
        User pool <code dir="ltr">{mode.userPoolId}</code>
        {mode.userPoolEndpoint === undefined ? ' on Amazon Cognito' : <> on the Cognito emulator at <code dir="ltr">{mode.userPoolEndpoint}</code></>}
      </p>
      {mode.users.length === 0 ? (
        <p className="pg-hint">No seeded users listed: sign up, or sign in with a user of your pool.</p>
      ) : (
        <>
          {mode.password !== undefined && (
            <p className="pg-password">
              Password <code dir="ltr">{mode.password}</code>
            </p>
          )}
          <ul className="pg-user-list">
            {mode.users.map((user) => (
              <li key={user.login}>
                <code dir="ltr">{user.login}</code>
                <span className="pg-user-note">{user.note}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Authenticator app</h3>
      <TotpHelper initialSecret={mode.totpSecret ?? ''} />
    </aside>
  );
}
