import { AccountSettings } from '../../../../src/index.ts';

// The page the bench's account apps show once signed in, in a chunk of its own as an app's route would be.
export default function AccountPage() {
  return <AccountSettings />;
}
