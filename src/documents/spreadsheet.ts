/**
 * A CSV cell that Excel, LibreOffice or Google Sheets will not run as a formula: a text that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (OWASP's advice for
 * CSV injection), which spreadsheets show as text and do not display. Every cell of an export that
 * a member or a setting wrote goes through it.
 */
export function formulaSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
