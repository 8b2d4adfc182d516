import { useMfaChoice, type MfaChoiceScreen } from './useMfaChoice.js';
import { useRoute } from './useRoute.js';

export type SelectMfaTypeScreen = MfaChoiceScreen;

/** Which of the user's MFA types to sign in with this time. */
export function useSelectMfaType(): SelectMfaTypeScreen {
  return useMfaChoice('selectMfaType', useRoute('selectMfaType').allowedMfaTypes);
}
