import { Profiler } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../../../src/components/index.js';

describe('TextField', () => {
  it('associates the label with the input through a real <label for>', () => {
    render(<TextField label="Email" name="email" type="email" autoComplete="email" />);
    const input = screen.getByLabelText('Email');
    expect(input.tagName).toBe('INPUT');
    expect(input.getAttribute('type')).toBe('email');
    expect(input.getAttribute('autocomplete')).toBe('email');
    const label = document.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('Email');
  });

  it('links the error and the hint through aria-describedby and sets aria-invalid', () => {
    const { rerender } = render(<TextField label="Email" name="email" hint="We never share it" />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('We never share it').id);

    rerender(<TextField label="Email" name="email" hint="We never share it" error="Enter a valid email" />);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const error = screen.getByText('Enter a valid email').closest('p');
    expect(error?.className).toBe('gh-field__error');
    expect(ids).toEqual([error?.id, screen.getByText('We never share it').id]);
    expect(error?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('marks a required field with aria-required and a marker hidden from assistive tech', () => {
    render(<TextField label="Username" name="username" required />);
    const input = screen.getByRole('textbox', { name: 'Username' });
    expect(input.getAttribute('aria-required')).toBe('true');
    // The native attribute would show the browser's own (untranslated) validation bubble.
    expect(input.hasAttribute('required')).toBe(false);
    const marker = document.querySelector('.gh-field__required');
    expect(marker?.getAttribute('aria-hidden')).toBe('true');
  });

  it('forwards the ref and input attributes, and register() fills the submitted values', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    function Form() {
      const { register, handleSubmit } = useForm<{ email: string }>();
      return (
        <form onSubmit={handleSubmit(onValid)}>
          <TextField label="Email" placeholder="you@example.com" {...register('email')} />
          <button type="submit">Go</button>
        </form>
      );
    }
    render(<Form />);
    const input = screen.getByLabelText('Email');
    expect(input.getAttribute('name')).toBe('email');
    expect(input.getAttribute('placeholder')).toBe('you@example.com');
    await user.type(input, 'ana@example.com');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onValid).toHaveBeenCalledWith({ email: 'ana@example.com' }, expect.anything());
  });
});

describe('typing into a registered TextField', () => {
  // The form calls countRender() on every render; React's Profiler counts commits of the whole subtree.
  function setup(watchEmail: boolean) {
    const countRender = vi.fn();
    const onCommit = vi.fn();
    function Form() {
      countRender();
      const { register, control } = useForm<{ email: string }>();
      // The control case: useWatch subscribes the form to every keystroke, proving the counters can see re-renders.
      const watched = useWatch({ control, name: 'email', disabled: !watchEmail });
      return (
        <form data-watched={watched}>
          <TextField label="Email" {...register('email')} />
        </form>
      );
    }
    render(
      <Profiler id="form" onRender={onCommit}>
        <Form />
      </Profiler>,
    );
    return { countRender, onCommit };
  }

  it('re-renders nothing', async () => {
    const user = userEvent.setup();
    const { countRender, onCommit } = setup(false);
    const rendersAfterMount = countRender.mock.calls.length;
    const commitsAfterMount = onCommit.mock.calls.length;
    await user.type(screen.getByLabelText('Email'), 'someone@example.com');
    expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe('someone@example.com');
    expect(countRender).toHaveBeenCalledTimes(rendersAfterMount);
    expect(onCommit).toHaveBeenCalledTimes(commitsAfterMount);
  });

  it('is measured by counters that do see re-renders when a form subscribes to the value', async () => {
    const user = userEvent.setup();
    const { countRender, onCommit } = setup(true);
    const rendersAfterMount = countRender.mock.calls.length;
    await user.type(screen.getByLabelText('Email'), 'abc');
    expect(countRender.mock.calls.length).toBeGreaterThanOrEqual(rendersAfterMount + 3);
    expect(onCommit.mock.calls.length).toBeGreaterThan(1);
  });
});
