import { Suspense, lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Tabs } from '../components/index.js';
import { useAuthenticatorContext } from '../hooks/context.js';
import { useSignIn } from '../hooks/screens/useSignIn.js';
import { useSignUp } from '../hooks/screens/useSignUp.js';
import { useAuthenticator, type UseAuthenticator } from '../hooks/useAuthenticator.js';
import { unreachable } from '../core/unreachable.js';
import type { RouteName } from '../core/routes.js';
import { ScreenFocusContext } from '../screens/shared/ScreenContext.js';
import type { ScreenProps } from '../screens/types.js';
import type { AuthenticatorComponents, OverridableScreen, ScreenHooks } from './overrides.js';
import { EAGER, lazyScreen, prefetchFrom } from './screenRegistry.js';

const pickStep = (context: UseAuthenticator) => [context.step];

type ReplacementHost<Name extends OverridableScreen> = ComponentType<{ Screen: ComponentType<{ screen: ScreenHooks[Name] }> }>;

/** Calls the screen's hook and hands the result to the app's replacement screen. */
function host<Name extends OverridableScreen>(useScreen: () => ScreenHooks[Name]): { default: ReplacementHost<Name> } {
  return {
    default: function Replacement({ Screen }) {
      return <Screen screen={useScreen()} />;
    },
  };
}

// Loaded only when the app replaces that screen, like the default screens themselves (the start screens are eager).
const REPLACEMENTS: { [Name in OverridableScreen]: ReplacementHost<Name> } = {
  SignIn: host<'SignIn'>(useSignIn).default,
  SignUp: host<'SignUp'>(useSignUp).default,
  ConfirmSignUp: lazy(() => import('../hooks/screens/useCodeScreens.js').then((m) => host<'ConfirmSignUp'>(m.useConfirmSignUp))),
  ForgotPassword: lazy(() => import('../hooks/screens/useResetPassword.js').then((m) => host<'ForgotPassword'>(m.useForgotPassword))),
  ConfirmResetPassword: lazy(() => import('../hooks/screens/useResetPassword.js').then((m) => host<'ConfirmResetPassword'>(m.useConfirmResetPassword))),
  ForceNewPassword: lazy(() => import('../hooks/screens/useForceNewPassword.js').then((m) => host<'ForceNewPassword'>(m.useForceNewPassword))),
  CustomChallenge: lazy(() => import('../hooks/screens/useCustomChallenge.js').then((m) => host<'CustomChallenge'>(m.useCustomChallenge))),
  VerifyUser: lazy(() => import('../hooks/screens/useVerifyUser.js').then((m) => host<'VerifyUser'>(m.useVerifyUser))),
  ConfirmVerifyUser: lazy(() => import('../hooks/screens/useCodeScreens.js').then((m) => host<'ConfirmVerifyUser'>(m.useConfirmVerifyUser))),
  ConfirmSignIn: lazy(() => import('../hooks/screens/useConfirmSignIn.js').then((m) => host<'ConfirmSignIn'>(m.useConfirmSignIn))),
  SetupTotp: lazy(() => import('../hooks/screens/useSetupTotp.js').then((m) => host<'SetupTotp'>(m.useSetupTotp))),
  SelectMfaType: lazy(() => import('../hooks/screens/useSelectMfa.js').then((m) => host<'SelectMfaType'>(m.useSelectMfa))),
  SelectMfaSetupType: lazy(() => import('../hooks/screens/useSelectMfa.js').then((m) => host<'SelectMfaSetupType'>(m.useSelectMfa))),
  SetupEmail: lazy(() => import('../hooks/screens/useSetupEmail.js').then((m) => host<'SetupEmail'>(m.useSetupEmail))),
  SelectFirstFactor: lazy(() => import('../hooks/screens/useSelectFirstFactor.js').then((m) => host<'SelectFirstFactor'>(m.useSelectFirstFactor))),
  SignInPassword: lazy(() => import('../hooks/screens/useSignInPassword.js').then((m) => host<'SignInPassword'>(m.useSignInPassword))),
  PasskeyPrompt: lazy(() => import('../hooks/screens/usePasskeyPrompt.js').then((m) => host<'PasskeyPrompt'>(m.usePasskeyPrompt))),
};

interface SlotProps<Name extends OverridableScreen> {
  name: Name;
  Default: ComponentType<ScreenProps>;
  components: AuthenticatorComponents | undefined;
}

function Slot<Name extends OverridableScreen>({ name, Default, components }: SlotProps<Name>) {
  const override = components?.[name];
  if (override?.Screen) {
    const Replacement: ReplacementHost<Name> = REPLACEMENTS[name];
    return <Replacement Screen={override.Screen as ComponentType<{ screen: ScreenHooks[Name] }>} />;
  }
  const Header = override?.Header;
  const Footer = override?.Footer;
  return <Default header={Header && <Header />} footer={Footer && <Footer />} />;
}

function screenFor(route: RouteName, components: AuthenticatorComponents | undefined): ReactNode {
  switch (route) {
    case 'signIn':
      return <Slot name="SignIn" Default={EAGER.signIn} components={components} />;
    case 'signUp':
      return <Slot name="SignUp" Default={EAGER.signUp} components={components} />;
    case 'confirmSignUp':
      return <Slot name="ConfirmSignUp" Default={lazyScreen('confirmSignUp')} components={components} />;
    case 'forgotPassword':
      return <Slot name="ForgotPassword" Default={lazyScreen('forgotPassword')} components={components} />;
    case 'confirmResetPassword':
      return <Slot name="ConfirmResetPassword" Default={lazyScreen('confirmResetPassword')} components={components} />;
    case 'forceNewPassword':
      return <Slot name="ForceNewPassword" Default={lazyScreen('forceNewPassword')} components={components} />;
    case 'customChallenge':
      return <Slot name="CustomChallenge" Default={lazyScreen('customChallenge')} components={components} />;
    case 'verifyUser':
      return <Slot name="VerifyUser" Default={lazyScreen('verifyUser')} components={components} />;
    case 'confirmVerifyUser':
      return <Slot name="ConfirmVerifyUser" Default={lazyScreen('confirmVerifyUser')} components={components} />;
    case 'confirmSignIn':
      return <Slot name="ConfirmSignIn" Default={lazyScreen('confirmSignIn')} components={components} />;
    case 'setupTotp':
      return <Slot name="SetupTotp" Default={lazyScreen('setupTotp')} components={components} />;
    case 'selectMfaType':
      return <Slot name="SelectMfaType" Default={lazyScreen('selectMfa')} components={components} />;
    case 'selectMfaSetupType':
      return <Slot name="SelectMfaSetupType" Default={lazyScreen('selectMfa')} components={components} />;
    case 'setupEmail':
      return <Slot name="SetupEmail" Default={lazyScreen('setupEmail')} components={components} />;
    case 'selectFirstFactor':
      return <Slot name="SelectFirstFactor" Default={lazyScreen('selectFirstFactor')} components={components} />;
    case 'signInPassword':
      return <Slot name="SignInPassword" Default={lazyScreen('signInPassword')} components={components} />;
    case 'passkeyPrompt':
      return <Slot name="PasskeyPrompt" Default={lazyScreen('passkeyPrompt')} components={components} />;
    case 'autoSignIn':
    case 'checkAccount':
    case 'authenticated': {
      const Working = lazyScreen('working');
      return <Working />;
    }
    default:
      return unreachable(route, 'route');
  }
}

const isTab = (route: RouteName) => route === 'signIn' || route === 'signUp';

/** The screen for the current route; sign-in and sign-up as tabs unless sign-up is hidden. */
export function Router({ components }: { components: AuthenticatorComponents | undefined }) {
  const { translate, options } = useAuthenticatorContext();
  const { step, toSignIn, toSignUp } = useAuthenticator(pickStep);
  const route = step.name;
  // A new route is a new screen, and so is a new custom challenge (another question): fresh form, focus on
  // its heading. A code sent again keeps the screen and what was typed. The focus stays put on the first
  // render, and on the tab when the tabs changed the screen.
  const [shown, setShown] = useState({ step, focus: false, visit: 0 });
  if (shown.step !== step) {
    const newScreen = shown.step.name !== route || route === 'customChallenge';
    setShown(newScreen ? { step, focus: !(isTab(shown.step.name) && isTab(route)), visit: shown.visit + 1 } : { ...shown, step });
  }

  useEffect(() => {
    const schedule = typeof requestIdleCallback === 'function' ? requestIdleCallback : (work: () => void) => setTimeout(work, 1);
    schedule(() => {
      prefetchFrom(route);
    });
  }, [route]);

  const loading = (
    <div className="gh-screen gh-screen--loading" aria-busy="true">
      <span className="gh-spinner" aria-hidden="true" />
    </div>
  );
  const screen = (
    <Suspense key={shown.visit} fallback={loading}>
      {screenFor(route, components)}
    </Suspense>
  );
  return (
    <ScreenFocusContext.Provider value={shown.focus}>
      {isTab(route) ? (
        <Tabs
          label={translate('tabs.label')}
          tabs={[
            { id: 'signIn', label: translate('signIn.tab') },
            { id: 'signUp', label: translate('signUp.tab') },
          ]}
          selected={route}
          hideTabs={options.hideSignUp === true}
          onSelect={(id) => {
            if (id === 'signUp') toSignUp();
            else toSignIn();
          }}
        >
          {screen}
        </Tabs>
      ) : (
        screen
      )}
    </ScreenFocusContext.Provider>
  );
}
