/** What the dashboard counts: the whole region, one group of towns (a province...), or one town. */
export type Scope = { kind: 'region' } | { kind: 'group'; code: string } | { kind: 'town'; code: string };

/** The scope as it goes in the URL (`?scope=group:province:hainaut`). */
export function scopeToParam(scope: Scope): string {
  return scope.kind === 'region' ? 'region' : `${scope.kind}:${scope.code}`;
}

export function scopeFromParam(param: string | null): Scope {
  if (param?.startsWith('group:')) return { kind: 'group', code: param.slice('group:'.length) };
  if (param?.startsWith('town:')) return { kind: 'town', code: param.slice('town:'.length) };
  return { kind: 'region' };
}

/** The scope as the lists' and aggregates' arguments (`towns`, `group`). */
export function scopeVariables(scope: Scope): { towns?: string[]; group?: string } {
  if (scope.kind === 'town') return { towns: [scope.code] };
  if (scope.kind === 'group') return { group: scope.code };
  return {};
}

/** The same scope as an open-data export's query string. */
export function scopeSearch(scope: Scope): URLSearchParams {
  const search = new URLSearchParams();
  if (scope.kind === 'town') search.set('town', scope.code);
  if (scope.kind === 'group') search.set('group', scope.code);
  return search;
}
