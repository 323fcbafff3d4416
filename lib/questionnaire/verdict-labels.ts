/** The four verdicts, exactly these labels, most lenient first. Import-free so stored records can use it. */
export const VERDICT_LABELS = ['Proceed', 'Proceed with conditions', 'Do not deploy', 'Walk away'] as const;
