import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
import { Button } from '../components/index.js';
import { useAuthenticatorContext } from '../hooks/context.js';

/**
 * The modal variation: a Radix dialog (focus trapped inside, Escape closes it, labelled). Closed, it leaves
 * a button that opens it again, since there is nothing behind it to show until the user signs in.
 */
export function ModalFrame({ className, children }: { className: string; children: ReactNode }) {
  const { translate, direction, language } = useAuthenticatorContext();
  const [open, setOpen] = useState(true);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {!open && (
        <div className={className} dir={direction} lang={language}>
          <Dialog.Trigger asChild>
            <Button>{translate('signIn.submit')}</Button>
          </Dialog.Trigger>
        </div>
      )}
      <Dialog.Portal>
        <Dialog.Overlay className="gh-modal__overlay" />
        <Dialog.Content className={`${className} gh-modal`} dir={direction} lang={language} aria-describedby={undefined}>
          {/* The dialog's name; not a heading, since each screen has its own h2. */}
          <Dialog.Title asChild>
            <span className="gh-visually-hidden">{translate('tabs.label')}</span>
          </Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
