/** The reviewer's local calendar date as YYYY-MM-DD (not UTC: a review done at 23:30 is that day's). */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
