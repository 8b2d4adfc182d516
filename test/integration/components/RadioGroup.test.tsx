import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { RadioGroup } from '../../../src/components/index.js';

const OPTIONS = [
  { value: 'SMS', label: 'Text message', description: 'A code to your phone' },
  { value: 'TOTP', label: 'Authenticator app' },
  { value: 'EMAIL', label: 'Email' },
];

describe('RadioGroup', () => {
  it('is a named radio group of labelled radios with descriptions', () => {
    render(<RadioGroup label="Choose a method" name="mfaType" options={OPTIONS} defaultValue="TOTP" />);
    expect(screen.getByRole('radiogroup', { name: 'Choose a method' }).tagName).toBe('FIELDSET');
    const sms = screen.getByLabelText<HTMLInputElement>('Text message');
    expect(sms.type).toBe('radio');
    expect(sms.name).toBe('mfaType');
    expect(sms.getAttribute('aria-describedby')).toBe(screen.getByText('A code to your phone').id);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Authenticator app' }).checked).toBe(true);
  });

  it('submits the chosen value through register() spread on every radio', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    function Form() {
      const { register, handleSubmit } = useForm<{ mfaType: string }>();
      return (
        <form onSubmit={handleSubmit(onValid)}>
          <RadioGroup label="Choose a method" name="mfaType" options={OPTIONS} inputProps={register('mfaType', { required: true })} />
          <button type="submit">Continue</button>
        </form>
      );
    }
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onValid).not.toHaveBeenCalled();
    await user.click(screen.getByText('Email'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onValid).toHaveBeenCalledWith({ mfaType: 'EMAIL' }, expect.anything());
  });

  it('links the error to the group and marks it invalid', () => {
    render(<RadioGroup label="Choose a method" name="mfaType" options={OPTIONS} error="Choose one" required />);
    const group = screen.getByRole('radiogroup', { name: 'Choose a method' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-required')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toBe(screen.getByText('Choose one').closest('p')?.id);
  });
});
