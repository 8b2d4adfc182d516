import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Alert } from '../../../src/components/index.js';

describe('Alert', () => {
  it('uses role="alert" for errors and role="status" for info and success', () => {
    render(
      <>
        <Alert variant="error">Incorrect username or password.</Alert>
        <Alert variant="info">We sent a code.</Alert>
        <Alert variant="success">Password changed.</Alert>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Incorrect username or password.');
    const statuses = screen.getAllByRole('status').map((element) => element.textContent);
    expect(statuses).toEqual(['We sent a code.', 'Password changed.']);
    for (const icon of document.querySelectorAll('.gh-alert svg')) expect(icon.getAttribute('aria-hidden')).toBe('true');
  });

  it('renders a labelled dismiss button only when onDismiss is given', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { rerender } = render(<Alert variant="info">Hello</Alert>);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(
      <Alert variant="info" onDismiss={onDismiss} dismissLabel="Dismiss">
        Hello
      </Alert>,
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
