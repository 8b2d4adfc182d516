/** Masks a destination the way Cognito does in CodeDeliveryDetails: `j***@e***`, `+*******0100`. */
export function maskDestination(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value.charAt(0)}***@${value.charAt(at + 1)}***`;
  return value.length <= 4 ? value : `${value.slice(0, 1)}${'*'.repeat(value.length - 5)}${value.slice(-4)}`;
}
