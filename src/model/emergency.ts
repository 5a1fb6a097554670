/**
 * The emergency numbers every page, the language chooser and the PDFs show,
 * each tied to the UI string that labels it. The `emergency-label-mismatch`
 * check holds each label to its contact's name, so a swapped label cannot
 * print "Police 110".
 */
export const EMERGENCY = [
  { contact: "emergency-medical", label: "emergency.medical" },
  { contact: "out-of-hours", label: "emergency.outOfHours" },
  { contact: "fire", label: "emergency.fire" },
  { contact: "police", label: "emergency.police" },
] as const;
