/** What is wrong with a request, and which parameter: the 400's `details`. */
export interface QueryProblem {
  source: 'query' | 'params';
  param: string;
  message: string;
}

/** A problem with a query-string parameter, `param` written as the client wrote it. */
export const queryProblem = (param: string, message: string): QueryProblem => ({ source: 'query', param, message });

/** A value as a message quotes it: short, and JSON so that an empty string or an object shows. */
export const quoted = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};
