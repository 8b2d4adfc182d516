import type { AuthenticatorProps } from '../src/index.ts';
import { createLocalAuthClient, type LocalAuthClient } from '../src/local.ts';
import { createInbox } from './inbox.ts';
import type { LocalMode } from './mode.ts';
import { PRESET_NAMES, PRESETS, presetFromUrl, type Preset } from './presets.ts';

/** What each preset adds to the Authenticator's props. */
function presetProps(preset: Preset, client: LocalAuthClient): Partial<AuthenticatorProps> {
  switch (preset.name) {
    case 'email':
      return { socialProviders: ['google', 'apple'] };
    case 'passwordless':
      return { passwordless: {} };
    case 'custom-challenge':
      return {
        services: {
          handleSignIn: (input) => client.signIn({ ...input, options: { ...input.options, authFlowType: 'CUSTOM_WITHOUT_SRP' } }),
        },
      };
    default:
      return {};
  }
}

/** The embedded pool of the `?preset=` in the URL; one per page load: switching preset or resetting the pool reloads the page. */
export function localMode(search: string): LocalMode {
  const preset = presetFromUrl(search);
  const client = createLocalAuthClient(preset.pool);
  return {
    backend: 'local',
    client,
    presets: PRESET_NAMES.map((name) => ({ value: name, label: `${name}: ${PRESETS[name].title}` })),
    preset: preset.name,
    authenticatorProps: presetProps(preset, client),
    localPreset: preset,
    inbox: createInbox(client),
  };
}
