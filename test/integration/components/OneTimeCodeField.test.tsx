import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Control, useForm, useWatch } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { OneTimeCodeField, cleanOneTimeCode } from '../../../src/components/index.js';

// What react-hook-form's onChange recorded, before any submit reads the DOM.
function WatchedCode({ control }: { control: Control<{ code: string }> }) {
  return <output data-testid="watched">{useWatch({ control, name: 'code' })}</output>;
}

function CodeForm({ onValid }: { onValid: (values: { code: string }) => void }) {
  const { register, handleSubmit, control } = useForm<{ code: string }>();
  return (
    <form onSubmit={handleSubmit(onValid)}>
      <OneTimeCodeField label="Code" hint="Sent to +1 ***-***-0100" {...register('code', { required: true })} />
      <WatchedCode control={control} />
      <button type="submit">Confirm</button>
    </form>
  );
}

describe('OneTimeCodeField', () => {
  it('is one input with the attributes SMS autofill and numeric keyboards need', () => {
    render(<OneTimeCodeField label="Code" name="code" />);
    const input = screen.getByLabelText('Code');
    expect(document.querySelectorAll('input')).toHaveLength(1);
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('pattern')).toBe('[0-9]*');
    expect(input.getAttribute('maxlength')).toBe('6');
    expect(input.classList.contains('gh-input--code')).toBe(true);
  });

  it.each(['123 456', '123-456', ' 12 34 56\n'])('keeps only the digits of a pasted %j, and react-hook-form submits them', async (pasted) => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<CodeForm onValid={onValid} />);
    const input = screen.getByLabelText<HTMLInputElement>('Code');
    await user.click(input);
    await user.paste(pasted);
    expect(input.value).toBe('123456');
    expect(screen.getByTestId('watched').textContent).toBe('123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onValid).toHaveBeenCalledWith({ code: '123456' }, expect.anything());
  });

  it('inserts a cleaned paste at the caret and cuts it to maxLength', async () => {
    const user = userEvent.setup();
    render(<OneTimeCodeField label="Code" name="code" maxLength={8} />);
    const input = screen.getByLabelText<HTMLInputElement>('Code');
    await user.type(input, '12');
    await user.paste('345 678 999');
    expect(input.value).toBe('12345678');
  });

  it('normalises Arabic-Indic and full-width digits', () => {
    expect(cleanOneTimeCode('١٢٣ ٤٥٦')).toBe('123456');
    expect(cleanOneTimeCode('۱۲۳-۴۵۶')).toBe('123456');
    expect(cleanOneTimeCode('１２３４５６')).toBe('123456');
  });

  it('links the error and hint', () => {
    render(<OneTimeCodeField label="Code" name="code" hint="Check your inbox" error="That code is wrong" />);
    const input = screen.getByLabelText('Code');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(
      `${screen.getByText('That code is wrong').closest('p')?.id ?? ''} ${screen.getByText('Check your inbox').id}`,
    );
  });
});
