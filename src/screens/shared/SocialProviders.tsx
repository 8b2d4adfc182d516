import { Button, Divider } from '../../components/index.js';
import type { BuiltInSocialProvider, SocialProvider } from '../../client/types.js';
import { useAuthenticatorContext } from '../../hooks/context.js';
import type { BuiltInProviderName, SocialProviderOption } from '../../hooks/options.js';
import { useAuthenticator } from '../../hooks/useAuthenticator.js';
import type { Translate } from '../../i18n/translate.js';
import { lazy, Suspense } from 'react';

// The brands' marks are loaded only by a pool with social sign-in; the slot keeps its size meanwhile.
const ProviderIcon = lazy(() => import('./ProviderIcons.js').then((module) => ({ default: module.ProviderIcon })));

const NAMES: Record<BuiltInProviderName, BuiltInSocialProvider> = { amazon: 'Amazon', apple: 'Apple', facebook: 'Facebook', google: 'Google' };

const pickNothing = () => [];

const OPTION_NAMES: Record<BuiltInSocialProvider, BuiltInProviderName> = { Amazon: 'amazon', Apple: 'apple', Facebook: 'facebook', Google: 'google' };

/** The providers the backend is configured with, as options: the default when the app passes none. */
function fromBackend(providers: readonly SocialProvider[], translate: Translate): SocialProviderOption[] {
  return providers.map((provider) =>
    typeof provider === 'string' ? OPTION_NAMES[provider] : { custom: provider.custom, label: translate('social.signInWith', { provider: provider.custom }) },
  );
}

function providerOf(option: SocialProviderOption): SocialProvider {
  return typeof option === 'string' ? NAMES[option] : { custom: option.custom };
}

/** One button per provider, calling signInWithRedirect; then "or" before the form. */
export function SocialProviders() {
  const { options, translate, backend } = useAuthenticatorContext();
  // Never disabled: another way in stays open while a sign-in hangs (the engine lets the hanging one go).
  const { signInWithRedirect } = useAuthenticator(pickNothing);
  const providers = options.socialProviders ?? fromBackend(backend.socialProviders ?? [], translate);
  if (providers.length === 0) return null;
  return (
    <>
      <div className="gh-social">
        {providers.map((option) => {
          const key = typeof option === 'string' ? option : option.custom;
          const label = typeof option === 'string' ? translate('social.signInWith', { provider: NAMES[option] }) : option.label;
          return (
            <Button key={key} variant="secondary" fullWidth onClick={() => void signInWithRedirect(providerOf(option))}>
              {typeof option === 'string' ? (
                <Suspense fallback={<span className="gh-social__icon-slot" aria-hidden="true" />}>
                  <ProviderIcon provider={option} />
                </Suspense>
              ) : (
                option.icon
              )}
              <span>{label}</span>
            </Button>
          );
        })}
      </div>
      <Divider>{translate('common.or')}</Divider>
    </>
  );
}
