import { Amplify } from 'aws-amplify';

// The one configuration of apps A, B and H: a user pool that does not exist. Nothing reaches it: the bench
// never submits a form, and Chromium resolves no host but localhost.
Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: 'us-east-1_Bench0000',
      userPoolClientId: 'benchbenchbenchbenchbench0',
      loginWith: { email: true },
    },
  },
});
