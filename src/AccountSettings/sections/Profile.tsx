import { useEffect, useRef } from 'react';
import { Button, OneTimeCodeField, ScreenLayout, TextField } from '../../components/index.js';
import { Checkbox } from '../../components/Checkbox.js';
import { useAccount } from '../../hooks/account/context.js';
import { useProfile, type ProfileField, type ProfileSection, type ProfileVerification } from '../../hooks/account/useProfile.js';
import { CodeDelivery } from '../../screens/shared/CodeDelivery.js';
import { LoadState } from '../LoadState.js';
import { SectionMessages, withScope } from '../parts.js';
import type { ProfileProps } from '../types.js';

const TEXT_TYPES = { text: 'text', email: 'email', tel: 'tel', url: 'url', date: 'date', number: 'number', datetime: 'datetime-local' } as const;

function BooleanField({ field, section }: { field: ProfileField; section: ProfileSection }) {
  const { translate } = useAccount();
  return (
    <Checkbox
      {...section.register(field.name)}
      label={field.label}
      disabled={!field.mutable}
      error={section.fieldErrors[field.name]}
      {...(field.mutable ? {} : { hint: translate('account.profile.readOnly') })}
    />
  );
}

function Field({ field, section }: { field: ProfileField; section: ProfileSection }) {
  const { translate } = useAccount();
  if (field.input === 'checkbox') return <BooleanField field={field} section={section} />;
  const type = TEXT_TYPES[field.input];
  if (!field.mutable) {
    // Shown, never sent: not registered with the form.
    return <TextField name={field.name} label={field.label} type={type} defaultValue={field.value ?? ''} readOnly hint={translate('account.profile.readOnly')} />;
  }
  const bounds = {
    ...(field.input === 'number' && field.minValue !== undefined ? { min: field.minValue } : {}),
    ...(field.input === 'number' && field.maxValue !== undefined ? { max: field.maxValue } : {}),
    ...(field.maxLength !== undefined && field.dataType === 'String' ? { maxLength: field.maxLength } : {}),
  };
  return (
    <div className="gh-account-field">
      <TextField
        {...section.register(field.name)}
        {...bounds}
        label={field.label}
        type={type}
        required={field.required}
        autoComplete={field.autoComplete}
        error={section.fieldErrors[field.name]}
        {...(field.input === 'tel' ? { hint: translate('account.profile.phoneHint'), inputMode: 'tel' as const } : {})}
        {...(field.input === 'email' ? { inputMode: 'email' as const, spellCheck: false, autoCapitalize: 'none' } : {})}
        {...(field.input === 'number' ? { step: 'any' } : {})}
      />
      {field.removable && (
        <Button
          variant="link"
          aria-label={translate('account.profile.removeAttribute', { attribute: field.label })}
          onClick={() => {
            section.removeAttribute(field.name);
          }}
          disabled={section.isPending}
        >
          {translate('account.remove')}
        </Button>
      )}
    </div>
  );
}

function Verification({ verification }: { verification: ProfileVerification }) {
  const { translate } = useAccount();
  const form = useRef<HTMLFormElement>(null);
  // The code step appears after a save or a Verify button: the focus goes to the code field.
  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, [verification.attribute]);
  return (
    <div className="gh-account-panel">
      <h3 className="gh-account-panel__heading">{translate(`account.contact.${verification.attribute}.confirmHeading`)}</h3>
      <SectionMessages error={verification.error} notice={verification.notice} />
      <p>
        <CodeDelivery details={verification.codeDeliveryDetails} />
      </p>
      <form ref={form} className="gh-form" onSubmit={verification.onSubmit} noValidate>
        <OneTimeCodeField {...verification.register('confirmation_code')} label={translate('field.confirmation_code')} required error={verification.fieldErrors.confirmation_code} />
        <div className="gh-dialog__actions">
          <Button variant="secondary" onClick={verification.cancel} disabled={verification.isPending}>
            {translate('account.cancel')}
          </Button>
          <Button type="submit" isPending={verification.isPending} pendingLabel={translate('account.contact.confirming')}>
            {translate('account.contact.confirm')}
          </Button>
        </div>
      </form>
      <div className="gh-actions">
        <Button variant="link" onClick={verification.resendCode} disabled={verification.isPending}>
          {translate('common.resendCode')}
        </Button>
      </div>
    </div>
  );
}

function ProfileView({ attributes, components = {} }: ProfileProps) {
  const { translate } = useAccount();
  const section = useProfile(attributes === undefined ? {} : { attributes });
  const heading = useRef<HTMLHeadingElement>(null);
  const verifying = section.verification !== undefined;
  const wasVerifying = useRef(verifying);
  // The code step closed (verified, or cancelled): the focus goes back to the top of the section.
  useEffect(() => {
    if (wasVerifying.current && !verifying) heading.current?.focus();
    wasVerifying.current = verifying;
  }, [verifying]);
  const { Section } = components;
  if (Section) return <Section section={section} />;
  return (
    <ScreenLayout heading={translate('account.profile.heading')} headingRef={heading} className="gh-account-section">
      <SectionMessages error={section.error} notice={section.notice} />
      <LoadState isLoading={section.isLoading} error={section.loadError} retry={section.retry} hasData={section.fields.length > 0 || section.loadError === undefined}>
        {section.contacts.length > 0 && (
          <div>
            <h3 className="gh-account-panel__heading">{translate('account.profile.contacts')}</h3>
            <ul className="gh-account-list">
              {section.contacts.map((contact) => (
                <li key={contact.attribute} className="gh-account-item">
                  <div className="gh-account-item__text">
                    <span className="gh-account-item__name">{contact.label}</span>
                    <span className="gh-account-item__detail" dir="ltr">
                      {contact.value}
                    </span>
                    <span className={contact.verified ? 'gh-badge gh-badge--on' : 'gh-badge'}>{translate(contact.verified ? 'account.contact.verified' : 'account.contact.unverified')}</span>
                  </div>
                  {!contact.verified && section.verification?.attribute !== contact.attribute && (
                    <Button
                      variant="secondary"
                      aria-label={translate(`account.contact.${contact.attribute}.verify`)}
                      onClick={() => {
                        section.verifyContact(contact.attribute);
                      }}
                      disabled={section.isPending || verifying}
                    >
                      {translate('account.contact.verify')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {section.verification && <Verification verification={section.verification} />}
        <form className="gh-form" onSubmit={section.onSubmit} noValidate>
          {section.fields.map((field) => (
            <Field key={field.name} field={field} section={section} />
          ))}
          <Button type="submit" isPending={section.isPending} pendingLabel={translate('account.profile.saving')}>
            {translate('account.profile.save')}
          </Button>
        </form>
      </LoadState>
    </ScreenLayout>
  );
}

export const Profile = withScope(ProfileView);
