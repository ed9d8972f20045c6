import { communesModel, namingOf, type ResolvedContentType } from '@communes/domain';

/**
 * The plugin's types that show pictures to the public, by uid, with their media fields that
 * accept images: `plugin::communes-news.news-item` → `['image']`.
 */
export function imageFields(pluginName: string, types: readonly ResolvedContentType[] = communesModel.contentTypes): Map<string, string[]> {
  const byUid = new Map<string, string[]>();
  for (const type of types) {
    if (namingOf(type).pluginName !== pluginName) continue;
    const fields = Object.entries(type.fields)
      .filter(([, field]) => field.kind === 'media' && field.allowedTypes.includes('images'))
      .map(([name]) => name);
    if (fields.length) byUid.set(namingOf(type).uid, fields);
  }
  return byUid;
}
