import { Button, ScreenLayout } from '../../components/index.js';
import { useAccount } from '../../hooks/account/context.js';
import { useDevices } from '../../hooks/account/useDevices.js';
import { LoadState } from '../LoadState.js';
import { DateLine, SectionMessages, withScope } from '../parts.js';
import type { DevicesProps } from '../types.js';

function DevicesView({ components = {} }: DevicesProps) {
  const { translate } = useAccount();
  const section = useDevices();
  const { Section } = components;
  if (Section) return <Section section={section} />;
  return (
    <ScreenLayout heading={translate('account.devices.heading')} description={translate('account.devices.description')} className="gh-account-section">
      <SectionMessages error={section.error} notice={section.notice} />
      <LoadState isLoading={section.isLoading} error={section.loadError} retry={section.retry} hasData={section.loadError === undefined || section.devices.length > 0}>
        {section.devices.length === 0 ? (
          <p className="gh-account-empty">{translate('account.devices.empty')}</p>
        ) : (
          <ul className="gh-account-list">
            {section.devices.map((device) => (
              <li key={device.id} className="gh-account-item">
                <div className="gh-account-item__text">
                  <span className="gh-account-item__name">{device.name}</span>
                  {device.isThisDevice && <span className="gh-badge">{translate('account.devices.thisDevice')}</span>}
                  <DateLine date={device.lastUsedAt} messageKey="account.lastUsed" />
                </div>
                <Button
                  variant="secondary"
                  aria-label={translate('account.devices.forgetDevice', { name: device.name })}
                  onClick={() => {
                    section.forget(device.id);
                  }}
                  disabled={section.isPending && section.forgetting !== device.id}
                  isPending={section.forgetting === device.id}
                >
                  {translate('account.devices.forget')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {section.canRememberThisDevice && (
          <div className="gh-account-row">
            <Button variant="secondary" onClick={section.rememberThisDevice} isPending={section.isPending && section.forgetting === undefined}>
              {translate('account.devices.remember')}
            </Button>
          </div>
        )}
      </LoadState>
    </ScreenLayout>
  );
}

export const Devices = withScope(DevicesView);
