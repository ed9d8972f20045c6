/** The subset of Strapi 5's attribute JSON that codegen writes. */
export interface StrapiAttribute {
  type: string;
  required?: boolean;
  private?: boolean;
  unique?: boolean;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  regex?: string;
  enum?: string[];
  multiple?: boolean;
  allowedTypes?: string[];
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  pluginOptions?: { i18n: { localized: boolean } };
  /** With `type: 'customField'`: the registered field's uid, `plugin::<plugin>.<name>`. */
  customField?: string;
  /** What a custom field's input needs (vocabulary labels, the shape of a struct). */
  options?: Record<string, unknown>;
}
