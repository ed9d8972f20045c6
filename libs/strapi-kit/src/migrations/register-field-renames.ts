import type { FieldRename } from '@communes/domain';
import type { Core } from '@strapi/strapi';
import snakeCase from 'lodash/snakeCase';

/** The column Strapi keeps an attribute in: its database metadata's own rule (the name in snake case, shortened past the identifier limit). */
const columnOf = (strapi: Core.Strapi, attribute: string): string => strapi.db.metadata.identifiers.getColumnName(snakeCase(attribute));

/**
 * The renames a plugin ships (its `server/migrations.json`), applied as the column renames they
 * are, before Strapi syncs the schema: left to the sync, a renamed attribute is a dropped
 * column and an empty new one. Applied only where the old column is there and the new one not,
 * so a town upgrading from any earlier release gets each rename once, and a restart none.
 */
export function registerFieldRenames(strapi: Core.Strapi, pluginName: string, renames: readonly FieldRename[]): void {
  if (renames.length === 0) return;
  strapi.hook('strapi::content-types.beforeSync').register(async () => {
    for (const { kind, from, to } of renames) {
      const meta = strapi.db.metadata.get(`plugin::${pluginName}.${kind}`);
      const table = meta.tableName;
      const oldColumn = columnOf(strapi, from);
      const newColumn = (meta.attributes[to] as { columnName?: string } | undefined)?.columnName ?? columnOf(strapi, to);
      const schema = () => strapi.db.getSchemaConnection();
      if (
        !(await schema().hasTable(table)) ||
        !(await schema().hasColumn(table, oldColumn)) ||
        (await schema().hasColumn(table, newColumn))
      )
        continue;
      await schema().alterTable(table, (t) => t.renameColumn(oldColumn, newColumn));
      strapi.log.info(`[${pluginName}] ${kind}.${from} is now ${to}: its values are kept (column ${oldColumn} renamed ${newColumn}).`);
    }
  });
}
