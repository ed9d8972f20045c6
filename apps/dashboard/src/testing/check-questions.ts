import { compareRequest } from '../compare-towns';
import { INDICATORS } from '../indicators/all-indicators';
import { type AggregateAnswer, type AggregateRequest, type IndicatorContext, toOperation } from '../indicators/indicator';
import { MESSAGES } from '../messages';
import type { Scope } from '../scope';
import { scopeVariables } from '../scope';
import { countByPaging, groupsById } from './count-by-paging';

type Post = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>;

/** What a check found: per question, the groups compared and any figure that differs. */
export interface QuestionCheck {
  question: string;
  requests: number;
  groups: number;
  mismatches: string[];
  /** The time the same figures took by paging the lists, in ms (as a client without aggregates spends it). */
  pagingMs: number;
}

/**
 * Each of the dashboard's questions asked as the page asks it, in ONE request to `aggregates`,
 * and every group's count and measure checked against the same figures computed by paging the
 * lists of `lists` (a gateway reading the towns live, or the same one). Two towns compared too.
 */
export async function checkQuestions(
  aggregates: Post,
  lists: Post,
  scope: Scope,
  now: Date,
  compared: [string, string],
  /** Only these questions (their operation names); all by default. */
  only?: readonly string[],
): Promise<QuestionCheck[]> {
  const context: IndicatorContext = { scope, year: Number(now.toISOString().slice(0, 4)), now, language: 'en', words: MESSAGES.en };
  const questions: { question: string; requests: AggregateRequest[]; towns: { towns?: string[]; group?: string } }[] = [
    ...INDICATORS.map((i) => ({ question: i.operation, requests: i.requests(context), towns: scopeVariables(scope) })),
    { question: 'CompareTowns', requests: [compareRequest('requests', now)], towns: { towns: compared } },
  ];
  const checks: QuestionCheck[] = [];
  for (const { question, requests, towns } of questions.filter((q) => !only || only.includes(q.question))) {
    const { query, variables } = toOperation(question, requests);
    const { data, errors } = await aggregates(query, { ...variables, ...towns, language: 'en' });
    const check: QuestionCheck = { question, requests: 1, groups: 0, mismatches: [], pagingMs: 0 };
    checks.push(check);
    if (errors?.length || !data) {
      check.mismatches.push(`errors: ${JSON.stringify(errors)}`);
      continue;
    }
    for (const request of requests) {
      const answer = data[request.alias] as AggregateAnswer;
      const got = groupsById(answer.groups);
      const started = performance.now();
      const want = await countByPaging(lists, request, towns);
      check.pagingMs += performance.now() - started;
      check.groups += got.size;
      for (const id of new Set([...got.keys(), ...want.keys()])) {
        const [a, p] = [got.get(id), want.get(id)];
        if (a?.count !== p?.count) check.mismatches.push(`${request.alias} ${id}: aggregate ${a?.count}, paging ${p?.count}`);
        for (const [measure, value] of Object.entries(p?.measures ?? {})) {
          const aggregated = (a as Record<string, unknown> | undefined)?.[measure] as number | null | undefined;
          if (value === null ? aggregated !== null : Math.abs((aggregated ?? Number.NaN) - value) > 1e-6)
            check.mismatches.push(`${request.alias} ${id} ${measure}: aggregate ${aggregated}, paging ${value}`);
        }
      }
    }
  }
  return checks;
}
