import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { DIAL_CODES, PhoneNumberField, flagEmoji } from '../../../src/components/index.js';

interface PhoneValues {
  dial_code: string;
  phone_number: string;
}

describe('PhoneNumberField', () => {
  it('groups a labelled dial-code select and a tel input under one legend', () => {
    render(<PhoneNumberField label="Phone number" dialCodeLabel="Country code" required />);
    const group = screen.getByRole('group', { name: 'Phone number' });
    const select = within(group).getByLabelText<HTMLSelectElement>('Country code');
    expect(select.tagName).toBe('SELECT');
    expect(select.value).toBe('+1');
    const input = within(group).getByLabelText('Phone number');
    expect(input.getAttribute('type')).toBe('tel');
    expect(input.getAttribute('autocomplete')).toBe('tel-national');
    expect(input.getAttribute('aria-required')).toBe('true');
  });

  it('shows flag + code and names each option with its country letters', () => {
    render(<PhoneNumberField label="Phone number" dialCodeLabel="Country code" defaultDialCode="+44" />);
    const gb = screen.getByRole<HTMLOptionElement>('option', { name: 'GB +44' });
    expect(gb.textContent).toBe('🇬🇧 +44');
    expect(gb.selected).toBe(true);
    expect(screen.getByRole('option', { name: 'CA +1' }).textContent).toBe('🇨🇦 +1');
    expect(flagEmoji('us')).toBe('🇺🇸');
  });

  it('lists the common countries with valid codes', () => {
    expect(DIAL_CODES.length).toBeGreaterThanOrEqual(45);
    for (const code of ['+1', '+44', '+49', '+33', '+34', '+39', '+81', '+86', '+91', '+971', '+966', '+20', '+52', '+55', '+61', '+7']) {
      expect(DIAL_CODES.some((entry) => entry.code === code)).toBe(true);
    }
    for (const { code, country } of DIAL_CODES) {
      expect(code).toMatch(/^\+[1-9]\d{0,3}$/);
      expect(country).toMatch(/^[A-Z]{2}$/);
    }
    expect(new Set(DIAL_CODES.map((entry) => entry.country)).size).toBe(DIAL_CODES.length);
  });

  it('submits dial code and number when both are registered with useForm', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    function Form() {
      const { register, handleSubmit } = useForm<PhoneValues>();
      return (
        <form onSubmit={handleSubmit(onValid)}>
          <PhoneNumberField
            label="Phone number"
            dialCodeLabel="Country code"
            dialCodeProps={register('dial_code')}
            numberProps={register('phone_number')}
          />
          <button type="submit">Send code</button>
        </form>
      );
    }
    render(<Form />);
    await user.selectOptions(screen.getByLabelText('Country code'), screen.getByRole('option', { name: 'DE +49' }));
    await user.type(screen.getByLabelText('Phone number'), '15123456789');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(onValid).toHaveBeenCalledWith({ dial_code: '+49', phone_number: '15123456789' }, expect.anything());
  });

  it('links the error to the number input', () => {
    render(<PhoneNumberField label="Phone number" dialCodeLabel="Country code" error="Enter a phone number" />);
    const input = screen.getByLabelText('Phone number');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('Enter a phone number').closest('p')?.id);
  });
});
