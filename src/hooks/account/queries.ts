import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toAuthError } from '../../client/errors.js';
import type { AWSAuthDevice, FetchMfaPreferenceOutput, UserAttributes, WebAuthnCredential } from '../../client/types.js';
import type { ScreenError } from '../screens/screen-state.js';
import { describeAccountError } from './action.js';
import { useAccount } from './context.js';

/** What a section reads: the data once it came, and the failure to read it, with a way to try again. */
export interface AccountRead<Data> {
  data: Data | undefined;
  isLoading: boolean;
  error: ScreenError | undefined;
  retry: () => void;
}

export type AccountReadName = 'attributes' | 'mfa' | 'passkeys' | 'devices';

function useAccountRead<Data>(name: AccountReadName, read: () => Promise<Data>): AccountRead<Data> {
  const { queryKey, translate, backend } = useAccount();
  // Whatever the app's client defaults to: a failed read is shown at once with its "Try again" (no silent
  // retries), and tried even offline, where a paused query would show "loading" for good.
  const query = useQuery({ queryKey: [...queryKey, name], queryFn: read, refetchOnWindowFocus: false, retry: false, networkMode: 'always' });
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  const error = query.error === null ? undefined : describeAccountError('readAccount', toAuthError(query.error), translate, backend.passwordPolicy?.minLength ?? 8);
  // A failed re-read keeps the data shown before it: the error says the list may be out of date.
  return { data: query.data, isLoading: query.isPending, error, retry };
}

/** Re-reads what a write changed; resolves once the section shows it. */
export function useReread(): (name: AccountReadName) => Promise<void> {
  const queryClient = useQueryClient();
  const { queryKey } = useAccount();
  return useCallback((name) => queryClient.invalidateQueries({ queryKey: [...queryKey, name] }), [queryClient, queryKey]);
}

/** What each read holds. */
export interface AccountReads {
  attributes: UserAttributes;
  mfa: FetchMfaPreferenceOutput;
  passkeys: WebAuthnCredential[];
  devices: DeviceList;
}

/** Reads the latest answer of a query without subscribing (for the event a write reports). */
export function useReadNow(): <Name extends AccountReadName>(name: Name) => AccountReads[Name] | undefined {
  const queryClient = useQueryClient();
  const { queryKey } = useAccount();
  return useCallback(<Name extends AccountReadName>(name: Name) => queryClient.getQueryData<AccountReads[Name]>([...queryKey, name]), [queryClient, queryKey]);
}

export function useAttributes(): AccountRead<UserAttributes> {
  const { client } = useAccount();
  return useAccountRead('attributes', () => client.fetchUserAttributes());
}

export function useMfaPreference(): AccountRead<FetchMfaPreferenceOutput> {
  const { client } = useAccount();
  return useAccountRead('mfa', () => client.fetchMFAPreference());
}

export function usePasskeyList(): AccountRead<WebAuthnCredential[]> {
  const { client } = useAccount();
  return useAccountRead('passkeys', async () => {
    // Every page: a list cut at the first page would hide the passkey the user came to remove.
    const all: WebAuthnCredential[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client.listWebAuthnCredentials(nextToken === undefined ? undefined : { nextToken });
      all.push(...page.credentials);
      nextToken = page.nextToken;
    } while (nextToken !== undefined);
    return all;
  });
}

export interface DeviceList {
  devices: AWSAuthDevice[];
  /** This browser's device key (the access token's `device_key` claim), when it is tracked. */
  currentDeviceId: string | undefined;
}

export function useDeviceList(): AccountRead<DeviceList> {
  const { client } = useAccount();
  return useAccountRead('devices', async () => {
    const [devices, session] = await Promise.all([client.fetchDevices(), client.fetchAuthSession()]);
    const key = session.tokens?.accessToken.payload.device_key;
    return { devices, currentDeviceId: typeof key === 'string' ? key : undefined };
  });
}
