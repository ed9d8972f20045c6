import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { type Question, toQuestions } from '../logic/attribute-answers-form';
import { isItem } from '../logic/struct-form';

/** What the input needs of the Content Manager's context (`unstable_useContentManagerContext`). */
interface EditContext {
  model: string;
  /** The document being edited, or `create`. */
  id?: string;
  contentType?: { attributes?: Record<string, object> };
  /** The form's state (typed `unknown` by Strapi): its `values` hold the pending relation change. */
  form: unknown;
}

/** A relation's pending change in the form, as Strapi's relation input writes it. */
interface RelationChange {
  connect?: { apiData?: { documentId?: string } }[];
  disconnect?: unknown[];
}

export type LinkedQuestions = { state: 'none' } | { state: 'loading' } | { state: 'failed' } | { state: 'ready'; questions: Question[] };

/**
 * The questions of the entry the form links through `relation` (a request's service type):
 * the one just picked in the form, else the one saved. Read in the editor's language where the
 * linked entry has it, else in the town's main language.
 */
export function useLinkedQuestions(
  context: EditContext,
  relation: string | undefined,
  field: string | undefined,
  locale: string,
): LinkedQuestions {
  const { get } = useFetchClient();
  const link = relation ? context.contentType?.attributes?.[relation] : undefined;
  const target = link && 'target' in link && typeof link.target === 'string' ? link.target : undefined;
  const values = isItem(context.form) && isItem(context.form.values) ? context.form.values : {};
  const change = (relation ? values[relation] : undefined) as RelationChange | undefined;
  const picked = change?.connect?.at(-1)?.apiData?.documentId;
  const removed = !picked && (change?.disconnect?.length ?? 0) > 0;
  const saved = context.id && context.id !== 'create' ? context.id : undefined;
  const [state, setState] = useState<LinkedQuestions>({ state: 'loading' });

  useEffect(() => {
    if (!relation || !field || !target || removed || (!picked && !saved)) {
      setState({ state: 'none' });
      return;
    }
    let live = true;
    setState({ state: 'loading' });
    const linkedId = async (): Promise<string | undefined> => {
      if (picked) return picked;
      const { data } = await get<{ results?: { documentId?: string }[] }>(
        `/content-manager/relations/${context.model}/${saved}/${relation}`,
      );
      return data.results?.[0]?.documentId;
    };
    const read = async (documentId: string) => {
      const url = `/content-manager/collection-types/${target}/${documentId}`;
      const inLanguage = await get<{ data?: Record<string, unknown> }>(url, { params: { locale } }).catch(() => undefined);
      const entry = inLanguage?.data.data ?? (await get<{ data?: Record<string, unknown> }>(url)).data.data;
      return toQuestions(entry?.[field]);
    };
    void (async () => {
      try {
        const documentId = await linkedId();
        const next: LinkedQuestions = documentId ? { state: 'ready', questions: await read(documentId) } : { state: 'none' };
        if (live) setState(next);
      } catch {
        if (live) setState({ state: 'failed' });
      }
    })();
    return () => {
      live = false;
    };
  }, [get, context.model, relation, field, target, picked, removed, saved, locale]);
  return state;
}
