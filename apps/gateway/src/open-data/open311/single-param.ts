import { badParameter } from '../open-data-error';

/** A parameter given at most once: a repeated one is ambiguous, so refused. */
export function singleParam(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw badParameter(`${name} is given ${values.length} times; give it once.`);
  return values[0];
}
