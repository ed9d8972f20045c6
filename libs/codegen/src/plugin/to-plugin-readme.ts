import {
  DOMAIN_DESCRIPTIONS,
  isWithheldField,
  namingOf,
  toPluginName,
  toPluginPackageName,
  type Domain,
  type Field,
  type Model,
  type ResolvedContentType,
} from '@communes/domain';
import { withheldNote } from '../withheld-note';

export const README_HEADER =
  '<!-- Generated from libs/domain by `npm run generate`. Do not edit: change the model, or libs/codegen/src/plugin/to-plugin-readme.ts. -->\n';

/** A cell of a Markdown table: one line, no column break. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** What a field holds, in a reader's words: `text`, `codes of Topic`, `→ meeting (manyToOne)`. */
function kindOf(field: Field): string {
  switch (field.kind) {
    case 'richText':
      return 'rich text (Markdown)';
    case 'dateTime':
      return 'instant';
    case 'geoPoint':
      return 'geo point';
    case 'enumeration':
      return `code of ${field.vocabulary.name}`;
    case 'enumerationList':
      return `codes of ${field.vocabulary.name}`;
    case 'memberList':
      return "members' codes";
    case 'media':
      return `${field.multiple ? 'files' : 'file'} (${field.allowedTypes.join(', ')})`;
    case 'struct':
      return field.list ? `list of ${field.valueType.name}` : field.valueType.name;
    case 'relation':
      return `→ \`${field.target}\` (${field.cardinality})`;
    default:
      return field.kind;
  }
}

function notesOf(type: ResolvedContentType, name: string, field: Field): string {
  const notes = [
    field.required ? 'required' : undefined,
    field.localized ? 'localized' : undefined,
    'unique' in field && field.unique ? 'unique' : undefined,
    field.private ? 'private: stored by the town, never served' : undefined,
  ].filter(Boolean);
  const withheld = isWithheldField(type, name) ? withheldNote(type, field) : undefined;
  const flags = notes.length ? `${notes.join(', ').replace(/^./, (c) => c.toUpperCase())}.` : undefined;
  return [flags, field.description, withheld].filter(Boolean).join(' ');
}

function contentTypeSection(type: ResolvedContentType): string {
  const naming = namingOf(type);
  const rule = type.confidentiality;
  const order = type.defaultOrder.map((term) => `${term.field} ${term.direction}`).join(', ');
  const lines = [
    `### ${type.names.display} (\`${type.names.singular}\`)`,
    '',
    type.description,
    '',
    `REST \`/api${naming.restPath}\` and \`/api${naming.restPath}/<documentId>\`; in the gateway, the GraphQL type \`${naming.graphqlType}\` and the list \`${naming.listField}\`. ` +
      `${type.localized ? 'Stored once per locale.' : 'The same in every locale.'}${order ? ` Listed by ${order} unless a query asks otherwise.` : ''}`,
  ];
  if (rule)
    lines.push(
      '',
      `An entry whose \`${rule.when.field}\` is ${rule.when.equals} is confidential: it leaves the town with ${rule.visible.map((f) => `\`${f}\``).join(', ')} and its system fields only.`,
    );
  lines.push('', '| field | holds | notes |', '| --- | --- | --- |');
  for (const [name, field] of Object.entries(type.fields))
    lines.push(`| \`${name}\` | ${cell(kindOf(field))} | ${cell(notesOf(type, name, field))} |`);
  return lines.join('\n');
}

/**
 * A domain plugin's README (`plugins/<domain>/README.md`): what it holds, how a town installs
 * and configures it, and each content type with its fields, as the model declares them.
 */
export function toPluginReadme(model: Model, domain: Domain): string {
  const plugin = toPluginName(domain);
  const packageName = toPluginPackageName(domain);
  const types = model.contentTypes.filter((type) => type.domain === domain);
  const singulars = types
    .map((t) => `\`${t.names.singular}\``)
    .sort()
    .join(', ');
  return `${README_HEADER}# ${packageName}

**What.** ${DOMAIN_DESCRIPTIONS[domain]} A Strapi 5 plugin (\`${plugin}\`) whose content types are generated from the
Communes model: ${singulars} (uids \`plugin::${plugin}.<type>\`).

**Use.** In a Strapi 5.54 app, with the core plugin beside it:

\`\`\`sh
npm install @communes/strapi-plugin-core ${packageName}
\`\`\`

Strapi enables every installed dependency whose \`package.json\` says \`strapi.kind: "plugin"\`.
Options go in \`config/plugins.js\`:

\`\`\`js
module.exports = () => ({
  'communes-core': { config: { town: { code: 'seneffe', name: 'Seneffe' }, locales: ['fr'] } },
  '${plugin}': { enabled: true, config: { publicRead: true } },
});
\`\`\`

| option | default | meaning |
| --- | --- | --- |
| \`publicRead\` | \`true\` | give the Public role read access (\`find\`, \`findOne\`) on the town's first start |

What it adds: its content types in the Content Manager, with readable labels; read-only REST
routes under \`/api/${plugin}/<plural>\` and \`/api/${plugin}/<plural>/<documentId>\`, with
Strapi's \`filters\`, \`sort\`, \`pagination\`, \`populate\`, \`fields\` and \`locale\`, published entries
only, private fields never served, and a 400 naming the parameter for bad input; the database
indexes its lists need; its entry in the town's capability manifest.

Do not edit \`server/\` or this README: they are generated by \`npm run generate\` from \`libs/domain\`. A town that
needs more fields overrides the schema under \`src/extensions/${plugin}/\`.

**Content types.** Every entry also has \`documentId\`, \`locale\`, \`createdAt\`, \`updatedAt\` and
\`publishedAt\`; a geo point is stored as two columns (\`<field>Latitude\`, \`<field>Longitude\`).

${types.map(contentTypeSection).join('\n\n')}

**Test.** The plugin is tested in a real Strapi by \`apps/town\`'s integration tests.
`;
}
