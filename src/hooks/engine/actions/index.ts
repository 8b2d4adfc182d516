// Every action, in one lazily loaded chunk: none is needed before the first submit (see engine.ts).
export * as account from './account.js';
export { asMutation } from './mutation.js';
// With the actions: the screens and failures they lead to have their words the moment they show.
export { laterWords } from '../../later-words.js';
export * as resetPassword from './reset-password.js';
export * as session from './session.js';
export * as signIn from './sign-in.js';
export * as signUp from './sign-up.js';
