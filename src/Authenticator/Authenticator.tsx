import { forwardRef, useContext, type Ref } from 'react';
import type { AuthClient } from '../client/types.js';
import { AuthenticatorContext } from '../hooks/context.js';
import { AuthenticatorProvider } from '../hooks/AuthenticatorProvider.js';
import type { AuthenticatorOptions } from '../hooks/options.js';
import { AuthenticatorScope } from './AuthenticatorScope.js';
import { AuthenticatorView, type AuthenticatorViewProps } from './AuthenticatorView.js';
import { SCREEN_STATICS } from './statics.js';

export type { AuthenticatorViewProps, DataAttributes, SignedInRenderProps } from './AuthenticatorView.js';

export interface AuthenticatorProps extends Omit<AuthenticatorOptions, 'client'>, AuthenticatorViewProps {
  /** Required unless an `<Authenticator.Provider>` above already has one. */
  client?: AuthClient;
}

const VIEW_PROPS = new Set(['components', 'variation', 'className', 'id', 'style', 'children']);

/** The props that shape the view (and the root's data-* attributes), apart from what the flow does. */
function split(props: AuthenticatorProps): { view: AuthenticatorViewProps; options: Omit<AuthenticatorOptions, 'client'>; client: AuthClient | undefined } {
  const view: Record<string, unknown> = {};
  const options: Record<string, unknown> = {};
  let client: AuthClient | undefined;
  for (const [name, value] of Object.entries(props)) {
    if (name === 'client') client = value as AuthClient;
    else if (VIEW_PROPS.has(name) || name.startsWith('data-')) view[name] = value;
    else options[name] = value;
  }
  // The names were sorted by the props' own type: each part holds only its own props.
  return { view: view as AuthenticatorViewProps, options, client };
}

/**
 * The whole sign-in experience: one screen per step the backend asks for, then the app. Props are
 * Amplify UI's, and they stay reactive after mount. The ref is the root element's (while it shows).
 */
const AuthenticatorRoot = forwardRef<HTMLDivElement, AuthenticatorProps>(function Authenticator(props, ref: Ref<HTMLDivElement>) {
  const outer = useContext(AuthenticatorContext);
  const { view, options, client } = split(props);
  const shown = <AuthenticatorView {...view} rootRef={ref} />;
  if (client) return <AuthenticatorProvider {...options} client={client}>{shown}</AuthenticatorProvider>;
  if (!outer) throw new Error('<Authenticator> needs a `client` prop, or an <Authenticator.Provider client={…}> around it.');
  return <AuthenticatorScope options={options}>{shown}</AuthenticatorScope>;
});

/**
 * `<Authenticator>`, with Amplify UI's statics: `.Provider` and the screens (`.SignIn`, `.SignUp.FormFields`…).
 * In a Next.js server component use the named exports (`AuthenticatorProvider`): statics do not cross
 * a client reference.
 */
export const Authenticator = Object.assign(AuthenticatorRoot, { Provider: AuthenticatorProvider, ...SCREEN_STATICS });
