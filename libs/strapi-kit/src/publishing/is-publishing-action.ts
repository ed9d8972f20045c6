/**
 * Whether a Document Service action publishes: `publish`, and a create or update asked to
 * publish at once (`status: 'published'`), which Strapi runs without calling `publish` again.
 */
export const isPublishingAction = (action: string, params: unknown): boolean =>
  action === 'publish' ||
  ((action === 'create' || action === 'update') && (params as { status?: unknown } | undefined)?.status === 'published');
