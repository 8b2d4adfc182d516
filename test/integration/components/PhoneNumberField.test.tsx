import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { PhoneNumberField, flagEmoji } from '../../../src/components/index.js';
import { DIAL_CODES } from '../../../src/components.js';

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

  it('shows flag + code and names each option by its country, in the language given', async () => {
    render(<PhoneNumberField label="Phone number" dialCodeLabel="Country code" defaultDialCode="+44" locale="en" />);
    const gb = await screen.findByRole<HTMLOptionElement>('option', { name: 'United Kingdom +44' });
    expect(gb.textContent).toBe('🇬🇧 +44');
    expect(gb.selected).toBe(true);
    expect(screen.getByRole('option', { name: 'Canada +1' }).textContent).toBe('🇨🇦 +1');
    expect(flagEmoji('us')).toBe('🇺🇸');
  });

  it('offers every country calling code, +227 (Niger) among them, named in the page language', async () => {
    render(<PhoneNumberField label="Telefonnummer" dialCodeLabel="Ländervorwahl" locale="de" />);
    await screen.findByRole('option', { name: 'Niger +227' });
    expect(screen.getByRole('option', { name: 'Deutschland +49' }).textContent).toBe('🇩🇪 +49');
  });

  it('renders the selected code alone until the list arrives, as on the server', () => {
    render(<PhoneNumberField label="Phone number" dialCodeLabel="Country code" defaultDialCode="+33" />);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toStrictEqual(['+33']);
  });

  it('offers only the dial codes of dialCodeList, as Amplify UI does', () => {
    render(<PhoneNumberField label="Phone number" dialCodeLabel="Country code" defaultDialCode="+227" dialCodeList={['+1', '+82', '+227', '+100']} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Country code');
    expect([...select.options].map((option) => option.value)).toStrictEqual(['+1', '+82', '+227', '+100']);
    expect(select.value).toBe('+227');
  });

  it('hides the legend from sight, not from screen readers, with labelHidden', () => {
    render(<PhoneNumberField label="Phone number" dialCodeLabel="Country code" labelHidden />);
    screen.getByRole('group', { name: 'Phone number' });
    expect(screen.getByText('Phone number').className).toContain('gh-visually-hidden');
  });

  it('lists every country with a valid code, each once', () => {
    expect(DIAL_CODES.length).toBeGreaterThanOrEqual(230);
    for (const code of ['+1', '+44', '+49', '+33', '+34', '+39', '+81', '+86', '+91', '+971', '+966', '+20', '+52', '+55', '+61', '+7', '+227', '+998']) {
      expect(DIAL_CODES.some((entry) => entry.code === code)).toBe(true);
    }
    for (const { code, country } of DIAL_CODES) {
      expect(code).toMatch(/^\+[1-9]\d{0,3}$/);
      expect(country).toMatch(/^[A-Z]{2}$/);
    }
    expect(new Set(DIAL_CODES.map((entry) => entry.country)).size).toBe(DIAL_CODES.length);
    expect(new Set(DIAL_CODES.map((entry) => entry.code)).size).toBeGreaterThanOrEqual(200);
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
    await user.selectOptions(screen.getByLabelText('Country code'), await screen.findByRole('option', { name: 'Germany +49' }));
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
