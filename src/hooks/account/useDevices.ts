import { useCallback, useMemo, useState } from 'react';
import type { AWSAuthDevice } from '../../client/types.js';
import type { ScreenError } from '../screens/screen-state.js';
import { useAccountAction, type AccountNotice, type AccountSectionState } from './action.js';
import { useAccount } from './context.js';
import { useDeviceList, useReread } from './queries.js';

/** A remembered device as the list shows it. */
export interface DeviceItem {
  id: string;
  name: string;
  /** The browser this page runs in. */
  isThisDevice: boolean;
  lastUsedAt: Date | undefined;
  device: AWSAuthDevice;
}

export interface DevicesSection extends AccountSectionState {
  isLoading: boolean;
  loadError: ScreenError | undefined;
  retry: () => void;
  /** Remembered devices, this one first. */
  devices: DeviceItem[];
  forget: (id: string) => void;
  /** The device being forgotten. */
  forgetting: string | undefined;
  /** This device is tracked but not remembered, and the pool lets the user choose: remembering it is offered. */
  canRememberThisDevice: boolean;
  rememberThisDevice: () => void;
}

/** Devices: the remembered ones, this one marked; forgetting one; remembering this one where the pool lets the user. */
export function useDevices(): DevicesSection {
  const { client, backend, translate, emit } = useAccount();
  const read = useDeviceList();
  const reread = useReread();
  const [notice, setNotice] = useState<AccountNotice>();
  const [forgetting, setForgetting] = useState<string>();
  const currentId = read.data?.currentDeviceId;

  const all = useMemo<DeviceItem[]>(
    () =>
      (read.data?.devices ?? []).map((device) => ({
        id: device.id,
        name: device.name ?? device.attributes.device_name ?? translate('account.devices.unnamed'),
        isThisDevice: device.id === currentId,
        lastUsedAt: device.lastAuthenticatedDate,
        device,
      })),
    [read.data, currentId, translate],
  );
  // Cognito lists tracked devices; only remembered ones skip MFA, so only they are shown (a device without a
  // status is taken as remembered: older backends do not say).
  const devices = useMemo(
    () => all.filter((item) => item.device.attributes.device_status !== 'not_remembered').sort((a, b) => Number(b.isThisDevice) - Number(a.isThisDevice)),
    [all],
  );
  const thisDevice = all.find((item) => item.isThisDevice);

  const forgetAction = useAccountAction(
    'forgetDevice',
    // This device is forgotten without naming it, so that the client drops its own record of it too.
    (item: DeviceItem) => (item.isThisDevice ? client.forgetDevice() : client.forgetDevice({ device: { id: item.id } })),
    async (_output, item) => {
      await reread('devices');
      emit({ type: 'deviceForgotten', deviceId: item.id, thisDevice: item.isThisDevice });
    },
  );
  const { run: runForget } = forgetAction;
  const forget = useCallback(
    (id: string) => {
      const item = all.find((device) => device.id === id);
      if (item === undefined) return;
      setNotice(undefined);
      setForgetting((current) => current ?? id);
      void runForget(item).then((forgotten) => {
        if (forgotten === undefined) return;
        setForgetting(undefined);
        if (forgotten) setNotice({ message: translate('account.devices.forgotten', { name: item.name }) });
        // One already forgotten elsewhere leaves the list on reading it again.
        else void reread('devices');
      });
    },
    [all, runForget, translate, reread],
  );

  const remember = useAccountAction('rememberDevice', () => client.rememberDevice(), () => reread('devices'));
  const { run: runRemember } = remember;
  const rememberThisDevice = useCallback(() => {
    setNotice(undefined);
    void runRemember(undefined).then((remembered) => {
      if (remembered) setNotice({ message: translate('account.devices.remembered') });
    });
  }, [runRemember, translate]);

  return {
    isPending: forgetAction.isPending || remember.isPending,
    error: forgetAction.error ?? remember.error,
    notice,
    isLoading: read.isLoading,
    loadError: read.error,
    retry: read.retry,
    devices,
    forget,
    forgetting,
    canRememberThisDevice: backend.deviceTracking === 'userOptIn' && thisDevice?.device.attributes.device_status === 'not_remembered',
    rememberThisDevice,
  };
}
