import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Tabs } from '../../../src/components/index.js';

const TABS = [
  { id: 'signIn', label: 'Sign in' },
  { id: 'signUp', label: 'Create account' },
  { id: 'help', label: 'Help' },
];

function Harness({ dir }: { dir?: 'rtl' }) {
  const [selected, setSelected] = useState('signIn');
  return (
    <div dir={dir}>
      <Tabs tabs={TABS} selected={selected} onSelect={setSelected} label="Account">
        <p>Panel of {selected}</p>
      </Tabs>
    </div>
  );
}

function expectSelected(name: string) {
  const tab = screen.getByRole('tab', { name });
  expect(tab.getAttribute('aria-selected')).toBe('true');
  expect(tab.tabIndex).toBe(0);
  expect(document.activeElement).toBe(tab);
  for (const other of screen.getAllByRole('tab')) if (other !== tab) expect(other.tabIndex).toBe(-1);
  const panel = screen.getByRole('tabpanel', { name });
  expect(tab.getAttribute('aria-controls')).toBe(panel.id);
}

describe('Tabs', () => {
  it('renders a named tablist, roving tabindex and one panel labelled by the selected tab', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('tablist', { name: 'Account' });
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    await user.tab();
    expectSelected('Sign in');
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel of signIn');
  });

  it('moves focus and selection with ArrowRight, ArrowLeft (wrapping), Home and End', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expectSelected('Create account');
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel of signUp');
    await user.keyboard('{ArrowRight}');
    expectSelected('Help');
    await user.keyboard('{ArrowRight}');
    expectSelected('Sign in');
    await user.keyboard('{ArrowLeft}');
    expectSelected('Help');
    await user.keyboard('{Home}');
    expectSelected('Sign in');
    await user.keyboard('{End}');
    expectSelected('Help');
  });

  it('reverses the arrows under dir="rtl"', async () => {
    const user = userEvent.setup();
    render(<Harness dir="rtl" />);
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expectSelected('Create account');
    await user.keyboard('{ArrowRight}');
    expectSelected('Sign in');
    await user.keyboard('{ArrowRight}');
    expectSelected('Help');
  });

  it('selects on click and leaves the tablist with Tab', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Harness />
        <button type="button">After</button>
      </>,
    );
    await user.click(screen.getByRole('tab', { name: 'Help' }));
    expectSelected('Help');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
  });
});
