import * as Dialog from '@radix-ui/react-dialog';
import { useState, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { Button } from '../components/index.js';
import { useAuthenticatorContext } from '../hooks/context.js';

interface ModalFrameProps {
  /** The root element's attributes (class, id, style, data-*, dir, lang). */
  attributes: HTMLAttributes<HTMLDivElement>;
  /** The app's own class, for the overlay too (it sits outside the dialog, at the end of the page). */
  appClassName: string | undefined;
  rootRef: Ref<HTMLDivElement> | undefined;
  children: ReactNode;
}

/**
 * The modal variation: a Radix dialog (focus trapped inside, Escape closes it, labelled). Closed, it leaves
 * a button that opens it again, since there is nothing behind it to show until the user signs in.
 */
export function ModalFrame({ attributes, appClassName, rootRef, children }: ModalFrameProps) {
  const { translate } = useAuthenticatorContext();
  const [open, setOpen] = useState(true);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {!open && (
        <div ref={rootRef} {...attributes}>
          <Dialog.Trigger asChild>
            <Button>{translate('signIn.submit')}</Button>
          </Dialog.Trigger>
        </div>
      )}
      <Dialog.Portal>
        <Dialog.Overlay className={['gh-modal__overlay', appClassName].filter(Boolean).join(' ')} />
        <Dialog.Content ref={rootRef} {...attributes} className={`${attributes.className ?? ''} gh-modal`} aria-describedby={undefined}>
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
