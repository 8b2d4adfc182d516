import { Suspense, lazy, type ComponentType } from 'react';
import { DefaultFormFields } from '../screens/shared/ScreenFormContext.js';
import { SignInFooter } from '../screens/shared/SignInFooter.js';
import { SignIn } from '../screens/SignIn.js';
import { SignUp } from '../screens/SignUp.js';
import type { ScreenProps } from '../screens/types.js';

/** A slot's default that renders nothing: Gatehouse's screens keep their own heading. */
function Nothing() {
  return null;
}

type Loaded = () => Promise<ComponentType<ScreenProps>>;

/** A screen that is not in the initial chunk, as a component that loads it where it is rendered. */
function lazyStatic(load: Loaded): ComponentType<ScreenProps> {
  const Screen = lazy(() => load().then((component) => ({ default: component })));
  return function LazyScreen(props: ScreenProps) {
    return (
      <Suspense fallback={null}>
        <Screen {...props} />
      </Suspense>
    );
  };
}

interface Slots {
  Header: ComponentType;
  Footer: ComponentType;
}

/** Amplify UI's `Authenticator.SignIn`, `.SignUp`…: each screen, with the defaults of its slots to reuse in an app's own. */
export const SCREEN_STATICS = {
  SignIn: Object.assign((props: ScreenProps) => <SignIn {...props} />, { Header: Nothing, Footer: SignInFooter } satisfies Slots),
  SignUp: Object.assign((props: ScreenProps) => <SignUp {...props} />, { Header: Nothing, Footer: Nothing, FormFields: DefaultFormFields } satisfies Slots & { FormFields: ComponentType }),
  ForceNewPassword: Object.assign(
    lazyStatic(() => import('../screens/ForceNewPassword.js').then((m) => m.ForceNewPassword)),
    { Header: Nothing, Footer: Nothing, FormFields: DefaultFormFields } satisfies Slots & { FormFields: ComponentType },
  ),
  ForgotPassword: Object.assign(lazyStatic(() => import('../screens/ForgotPassword.js').then((m) => m.ForgotPassword)), { Header: Nothing, Footer: Nothing } satisfies Slots),
  SetupTotp: Object.assign(lazyStatic(() => import('../screens/SetupTotp.js').then((m) => m.SetupTotp)), { Header: Nothing, Footer: Nothing } satisfies Slots),
  SelectMfaType: Object.assign(lazyStatic(() => import('../screens/SelectMfaType.js').then((m) => m.SelectMfaType)), { Header: Nothing, Footer: Nothing } satisfies Slots),
  SetupEmail: Object.assign(lazyStatic(() => import('../screens/SetupEmail.js').then((m) => m.SetupEmail)), { Header: Nothing, Footer: Nothing } satisfies Slots),
};
