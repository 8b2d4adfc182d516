import { useMfaChoice, type MfaChoiceScreen } from './useMfaChoice.js';
import { useRoute } from './useRoute.js';

export type SelectMfaSetupTypeScreen = MfaChoiceScreen;

/** Which MFA type to set up, when MFA is required and the user has none yet. */
export function useSelectMfaSetupType(): SelectMfaSetupTypeScreen {
  return useMfaChoice('selectMfaSetupType', useRoute('selectMfaSetupType').allowedMfaTypes);
}
