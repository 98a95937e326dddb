/** How the report writes a figure: whole with thousands separated from 100 up, else `digits` significant digits. */
export function num(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return String(Math.round(value));
  if (value === 0) return '0';
  return String(Number(value.toPrecision(digits)));
}
