import { Suspense, type ComponentType } from 'react';
import type { AuthBackendConfig } from '../client/types.js';
import { AccountScope } from '../hooks/account/AccountScope.js';
import { useAccount } from '../hooks/account/context.js';
import { LAZY_SECTIONS } from './lazy.js';
import { AccountRoot } from './parts.js';
import { Pending } from './Pending.js';
import { ACCOUNT_SECTIONS, type AccountSectionName, type AccountSettingsProps } from './types.js';

/** The sections a backend supports: two-step verification unless MFA is off, passkeys where it takes them, devices where it tracks them. */
export function supportedSections(backend: AuthBackendConfig): AccountSectionName[] {
  return ACCOUNT_SECTIONS.filter((name) => {
    switch (name) {
      case 'TwoStepVerification':
        return backend.mfa !== undefined && backend.mfa.enforcement !== 'OFF' && backend.mfa.types.length > 0;
      case 'Passkeys':
        return backend.passwordless?.firstFactors.includes('WEB_AUTHN') ?? false;
      case 'Devices':
        return backend.deviceTracking !== undefined;
      default:
        return true;
    }
  });
}

function CenterBody({ sections, components = {}, sectionProps = {}, className }: AccountSettingsProps) {
  const { backend } = useAccount();
  const wanted = sections ?? supportedSections(backend);
  const shown = ACCOUNT_SECTIONS.filter((name) => wanted.includes(name));
  return (
    <AccountRoot className={className}>
      {shown.map((name) => {
        // Each name's component takes that name's props: the map is typed by name, the loop is not.
        const Section = LAZY_SECTIONS[name] as ComponentType<Record<string, unknown>>;
        return (
          <Suspense key={name} fallback={<Pending />}>
            <Section {...sectionProps[name]} {...(components[name] === undefined ? {} : { components: components[name] })} />
          </Suspense>
        );
      })}
    </AccountRoot>
  );
}

/** The account center, once loaded: one scope for every section, each section its own chunk. */
export function AccountCenter(props: AccountSettingsProps) {
  const { client, language, dictionary, onAuthEvent, totpIssuer, totpAccountName, className } = props;
  const scope = {
    ...(client === undefined ? {} : { client }),
    ...(language === undefined ? {} : { language }),
    ...(dictionary === undefined ? {} : { dictionary }),
    ...(onAuthEvent === undefined ? {} : { onAuthEvent }),
    ...(totpIssuer === undefined ? {} : { totpIssuer }),
    ...(totpAccountName === undefined ? {} : { totpAccountName }),
  };
  return (
    <AccountScope {...scope} fallback={<Pending root className={className} />}>
      <CenterBody {...props} />
    </AccountScope>
  );
}
