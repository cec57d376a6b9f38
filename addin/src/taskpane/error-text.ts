/** An unexpected fault's text for the "something went wrong" message. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
