import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { PasswordField } from '../../../src/components/index.js';

describe('PasswordField', () => {
  it('toggles visibility without losing the typed value or replacing the input', async () => {
    const user = userEvent.setup();
    render(<PasswordField label="Password" name="password" autoComplete="current-password" showLabel="Show password" hideLabel="Hide password" />);
    const input = screen.getByLabelText<HTMLInputElement>('Password');
    expect(input.type).toBe('password');
    await user.type(input, 'c0rrect horse');

    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle.getAttribute('type')).toBe('button');
    expect(toggle.getAttribute('aria-controls')).toBe(input.id);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    await user.click(toggle);
    expect(screen.getByLabelText('Password')).toBe(input);
    expect(input.type).toBe('text');
    expect(input.value).toBe('c0rrect horse');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.getAttribute('title')).toBe('Hide password');

    await user.click(toggle);
    expect(input.type).toBe('password');
    expect(input.value).toBe('c0rrect horse');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('is operable by keyboard and does not submit the form', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    function Form() {
      const { register, handleSubmit } = useForm<{ password: string }>();
      return (
        <form onSubmit={handleSubmit(onValid)}>
          <PasswordField label="Password" showLabel="Show password" hideLabel="Hide password" {...register('password')} />
        </form>
      );
    }
    render(<Form />);
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(document.activeElement).toBe(toggle);
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(onValid).not.toHaveBeenCalled();
  });

  it('renders the checklist slot and describes the input with it and with the error', () => {
    render(
      <PasswordField label="New password" name="password" showLabel="Show password" hideLabel="Hide password" error="Too short">
        <ul>
          <li>At least 8 characters</li>
        </ul>
      </PasswordField>,
    );
    const input = screen.getByLabelText('New password');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(ids).toContain(screen.getByText('Too short').closest('p')?.id);
    expect(ids).toContain(screen.getByRole('list').parentElement?.id);
  });
});
