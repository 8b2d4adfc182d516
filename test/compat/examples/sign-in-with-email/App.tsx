// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-with-email/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
// Amplify UI's primitives (Heading, Text, useTheme) stay imported from @aws-amplify/ui-react.
/* eslint-disable @typescript-eslint/restrict-template-expressions -- as published: a design token stringifies to its CSS value */
import { Heading, Text, useTheme } from '@aws-amplify/ui-react';
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

const formFields = {
  signIn: {
    username: {
      placeholder: 'Enter your cool email',
    },
  },
  confirmVerifyUser: {
    confirmation_code: {
      label: 'New Label',
      placeholder: 'Enter your Confirmation Code:',
      isRequired: false,
    },
  },
};

const components = {
  VerifyUser: {
    Header() {
      const { tokens } = useTheme();
      return (
        <Heading
          padding={`${tokens.space.xl} 0 0 ${tokens.space.xl}`}
          level={3}
        >
          Enter Information:
        </Heading>
      );
    },
    Footer() {
      return <Text>Footer Information</Text>;
    },
  },

  ConfirmVerifyUser: {
    Header() {
      const { tokens } = useTheme();
      return (
        <Heading
          padding={`${tokens.space.xl} 0 0 ${tokens.space.xl}`}
          level={3}
        >
          Enter Information:
        </Heading>
      );
    },
    Footer() {
      return <Text>Footer Information</Text>;
    },
  },
};

export default function App() {
  return (
    <Authenticator
      client={client}
      formFields={formFields}
      components={components}
      hideSignUp={true}
    >
      {({ signOut, user }) => {
        return (
          <main>
            <h1>Hello {user.username}</h1>
            <button onClick={signOut}>Sign out</button>
          </main>
        );
      }}
    </Authenticator>
  );
}
