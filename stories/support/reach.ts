import { expect, userEvent, within } from 'storybook/test';

const canvasOf = (element: HTMLElement) => within(element);

/** Testing Library's queries bound to an element, as `within` returns them. */
export type Canvas = ReturnType<typeof canvasOf>;

/** Lazy screens load on first use; in a cold test run the first one can take a few seconds. */
export const SCREEN_TIMEOUT = { timeout: 8_000 };

export interface SignInDetails {
  /** What goes in the login field. */
  login: string;
  /** Left out on a passwordless sign-in screen, which has no password field. */
  password?: string;
  /** The login field's label. Default 'Email'. */
  loginLabel?: string;
  /** The submit button's name. Default 'Sign in'. */
  submit?: string;
}

/** Fills in the sign-in form and submits it: the first step towards any screen that follows sign-in. */
export async function signIn(canvasElement: HTMLElement, { login, password, loginLabel = 'Email', submit = 'Sign in' }: SignInDetails): Promise<void> {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByLabelText(loginLabel, {}, SCREEN_TIMEOUT), login);
  if (password !== undefined) await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: submit }));
}

/** Waits for the screen with this heading and returns it, for queries inside it. */
export async function screenTitled(canvasElement: HTMLElement, heading: string | RegExp): Promise<Canvas> {
  const canvas = within(canvasElement);
  const title = await canvas.findByRole('heading', { level: 2, name: heading }, SCREEN_TIMEOUT);
  const section = title.closest('section');
  await expect(section).not.toBeNull();
  return canvasOf(section ?? canvasElement);
}

/** Signs in and waits for the screen that follows. */
export async function reach(canvasElement: HTMLElement, details: SignInDetails, heading: string | RegExp): Promise<Canvas> {
  await signIn(canvasElement, details);
  return screenTitled(canvasElement, heading);
}
