import { Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Tabs } from '../components/index.js';
import type { RouteName } from '../core/route.js';
import { useAuthenticatorContext } from '../hooks/context.js';
import { useAuthenticator, type UseAuthenticator } from '../hooks/useAuthenticator.js';
import { ScreenFocusContext } from '../screens/shared/ScreenContext.js';
import type { AuthenticatorComponents } from './overrides.js';
import { SCREENS } from './registry.js';
import type { ReplacementView } from './screen-entry.js';

const pickRoute = (context: UseAuthenticator) => [context.routeDetails];

/** The route's screen: the app's replacement if it gave one, else the default with the app's Header and Footer. */
function screenFor(route: RouteName, components: AuthenticatorComponents | undefined): ReactNode {
  const entry = SCREENS[route];
  if (!('slot' in entry)) return <entry.view />;
  const override = components?.[entry.slot];
  if (override?.Screen) {
    // The slot and the host come from the same registry row, so the replacement gets that row's hook result.
    const Host = entry.host() as ComponentType<{ Screen: ReplacementView<unknown> }>;
    return <Host Screen={override.Screen as ReplacementView<unknown>} />;
  }
  const { Header, Footer, FormFields } = override ?? {};
  return <entry.view header={Header && <Header />} footer={Footer && <Footer />} formFields={FormFields && <FormFields />} />;
}

const isTab = (route: RouteName) => route === 'signIn' || route === 'signUp';

/** The screen for the current route; sign-in and sign-up as tabs unless sign-up is hidden. */
export function Router({ components }: { components: AuthenticatorComponents | undefined }) {
  const { translate, options } = useAuthenticatorContext();
  const { routeDetails, toSignIn, toSignUp } = useAuthenticator(pickRoute);
  const route = routeDetails.name;
  // A new route is a new screen, and so is a new custom challenge (another question): fresh form, focus on
  // its heading. A code sent again keeps the screen and what was typed. The focus stays put on the first
  // render, and on the tab when the tabs changed the screen.
  const [shown, setShown] = useState({ routeDetails, focus: false, visit: 0 });
  if (shown.routeDetails !== routeDetails) {
    const newScreen = shown.routeDetails.name !== route || route === 'customChallenge';
    setShown(newScreen ? { routeDetails, focus: !(isTab(shown.routeDetails.name) && isTab(route)), visit: shown.visit + 1 } : { ...shown, routeDetails });
  }

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
