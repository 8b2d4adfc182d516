import { useState, type SubmitEvent } from 'react';

export interface PlainSignInFormProps {
  /** What submitting does; rejects with the message to show. */
  onSignIn: (email: string, password: string) => Promise<void>;
}

/** The hand-written sign-in form of apps B and D: uncontrolled inputs, one alert, nothing else. */
export function PlainSignInForm({ onSignIn }: PlainSignInFormProps) {
  const [error, setError] = useState<string>();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { email, password } = event.currentTarget.elements as HTMLFormControlsCollection & Record<'email' | 'password', HTMLInputElement>;
    onSignIn(email.value, password.value).then(
      () => {
        setError(undefined);
      },
      (reason: unknown) => {
        setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <h1>Sign in</h1>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}
