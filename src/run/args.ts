/** What the user typed between the call's parentheses ("10**6", "data, 4") as the tuple expression the harness evaluates. */
export function toArgsTuple(expression: string): string {
  const e = expression.trim().replace(/,\s*$/, '');
  return e ? `(${e},)` : '()';
}
