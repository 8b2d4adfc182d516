import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../../src/components/index.js';

describe('Button', () => {
  it('defaults to a primary type="button" and keeps an explicit type', () => {
    const { rerender } = render(<Button>Continue</Button>);
    const button = screen.getByRole('button', { name: 'Continue' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.classList.contains('gh-button--primary')).toBe(true);
    rerender(
      <Button type="submit" variant="link" fullWidth>
        Continue
      </Button>,
    );
    expect(button.getAttribute('type')).toBe('submit');
    expect(button.className).toBe('gh-button gh-button--link gh-button--full');
  });

  it('while pending is disabled, busy, shows a hidden spinner and the pending label, and ignores clicks', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const { rerender } = render(
      <Button onClick={onClick} isPending pendingLabel="Signing in…">
        Sign in
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Signing in…' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('.gh-spinner')?.getAttribute('aria-hidden')).toBe('true');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();

    rerender(<Button onClick={onClick}>Sign in</Button>);
    expect(button.hasAttribute('aria-busy')).toBe(false);
    expect(button.querySelector('.gh-spinner')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('keeps the children as its name while pending without a pendingLabel', () => {
    render(<Button isPending>Send code</Button>);
    expect(screen.getByRole('button', { name: 'Send code' }).getAttribute('aria-busy')).toBe('true');
  });
});
