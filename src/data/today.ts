/** Today's date as "YYYY-MM-DD" in UTC, the default "as of" date. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
