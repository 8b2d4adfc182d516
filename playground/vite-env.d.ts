/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'amplify' (set by `npm run playground:cognito`) or 'local'; unset: Amplify mode when amplify_outputs.json exists. */
  readonly VITE_GATEHOUSE_BACKEND?: string;
  /** The JSON of amplify_outputs.json. */
  readonly VITE_GATEHOUSE_AMPLIFY_OUTPUTS?: string;
}
