import { Open311Error } from './open311-error';

/** A parameter given at most once: a repeated one is ambiguous, so refused. */
export function singleParam(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new Open311Error(400, `${name} is given ${values.length} times; give it once.`);
  return values[0];
}
