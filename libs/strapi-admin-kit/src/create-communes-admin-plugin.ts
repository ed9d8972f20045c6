import { createElement, type ComponentType } from 'react';
import { VocabularyCell } from './inputs/VocabularyCell';
import { type ListHeader, vocabularyColumn } from './logic/vocabulary-cell';

/** The admin's plugin API, as far as these inputs use it. */
interface StrapiAdminApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  customFields: { register(fields: Record<string, unknown>[]): void };
  registerHook(name: string, hook: (args: ListViewColumns) => ListViewColumns): void;
}

/** What the Content Manager's list view passes through `inject-column-in-table`. */
interface ListViewColumns {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

/** The Content Manager's hook over the list view's columns (Strapi 5). */
const LIST_VIEW_COLUMNS = 'Admin/CM/pages/ListView/inject-column-in-table';

type Lazy = () => Promise<{ default: ComponentType<never> }>;

interface InputRegistration {
  name: string;
  /** Strapi's stored type: the same as libs/strapi-kit registers on the server. */
  type: 'json' | 'string' | 'enumeration';
  label: string;
  description: string;
  Input: Lazy;
}

/**
 * The same names and types as `COMMUNES_CUSTOM_FIELDS` in libs/strapi-kit (server side);
 * the integration test in apps/town checks that every name codegen writes is registered.
 * Inputs load lazily: the admin fetches them when a form shows one.
 */
const INPUTS: readonly InputRegistration[] = [
  {
    name: 'vocabulary',
    type: 'enumeration',
    label: 'Choice',
    description: 'One value of a list, by its label',
    Input: () => import('./inputs/VocabularyInput'),
  },
  {
    name: 'vocabulary-list',
    type: 'json',
    label: 'Choices',
    description: 'Values of a list, by their labels',
    Input: () => import('./inputs/VocabularyListInput'),
  },
  {
    name: 'member-list',
    type: 'json',
    label: 'Members',
    description: 'Members of the network, by their identifiers',
    Input: () => import('./inputs/MemberListInput'),
  },
  {
    name: 'struct',
    type: 'json',
    label: 'Structured value',
    description: 'Sub-forms for a structured value',
    Input: () => import('./inputs/StructInput'),
  },
  {
    name: 'opening-hours',
    type: 'json',
    label: 'Opening hours',
    description: 'Days, hours, closures',
    Input: () => import('./inputs/OpeningHoursInput'),
  },
  {
    name: 'recurrence-rule',
    type: 'string',
    label: 'Repetition',
    description: 'How an event repeats',
    Input: () => import('./inputs/RecurrenceRuleInput'),
  },
  {
    name: 'date-time-list',
    type: 'json',
    label: 'Days to skip',
    description: 'Days a repeating event skips',
    Input: () => import('./inputs/DateTimeListInput'),
  },
  {
    name: 'attribute-answers',
    type: 'json',
    label: 'Answers',
    description: "Answers to the questions of the request's type",
    Input: () => import('./inputs/AttributeAnswersInput'),
  },
];

/**
 * The admin entry of one Communes plugin: registers the plugin and its inputs under the
 * plugin's own name (`plugin::<pluginId>.<input>`), as its server side registers the fields,
 * so each plugin works in a town that installs it alone.
 */
export function createCommunesAdminPlugin(pluginId: string, displayName = pluginId) {
  return {
    register(app: Pick<StrapiAdminApp, 'registerPlugin' | 'customFields'>) {
      app.registerPlugin({ id: pluginId, name: displayName });
      app.customFields.register(
        INPUTS.map(({ name, type, label, description, Input }) => ({
          name,
          pluginId,
          type,
          intlLabel: { id: `${pluginId}.custom-field.${name}.label`, defaultMessage: label },
          intlDescription: { id: `${pluginId}.custom-field.${name}.description`, defaultMessage: description },
          components: { Input },
        })),
      );
    },
    /**
     * The list view shows a vocabulary column's labels, not its codes (Strapi prints the stored
     * value): each plugin formats the columns of its own fields.
     */
    bootstrap(app: Pick<StrapiAdminApp, 'registerHook'>) {
      app.registerHook(LIST_VIEW_COLUMNS, ({ displayedHeaders, layout }) => ({
        layout,
        displayedHeaders: displayedHeaders.map((header) => {
          const vocabulary = vocabularyColumn(header, pluginId);
          if (!vocabulary || header.cellFormatter) return header;
          const name = header.name.split('.')[0]!;
          return {
            ...header,
            cellFormatter: (row: Record<string, unknown>) => createElement(VocabularyCell, { value: row[name], vocabulary }),
          };
        }),
      }));
    },
    /** The inputs speak from their own four-language texts; nothing to add to Strapi's. */
    async registerTrads({ locales }: { locales: string[] }) {
      return locales.map((locale) => ({ data: {}, locale }));
    },
  };
}
