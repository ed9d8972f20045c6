/**
 * The parts of graphql's schema types the limits read, duck-typed rather than checked with
 * graphql's type guards: under vitest, Apollo's graphql (CommonJS) and this module's (ESM) are
 * two copies whose instanceof checks do not recognise each other's types.
 */
export interface SchemaType {
  name?: string;
  /** Set on lists and non-null wrappers. */
  ofType?: SchemaType;
  getFields?: () => Record<string, SchemaField>;
  getInterfaces?: () => readonly { name: string }[];
  /** Set on enums. */
  getValues?: () => readonly unknown[];
  toString(): string;
}

export interface SchemaField {
  name: string;
  type: SchemaType;
  args: readonly { name: string; type: SchemaType; defaultValue?: unknown }[];
}

/** The type a field's value is made of, without its list and non-null wrappers. */
export const namedType = (type: SchemaType): SchemaType => (type.ofType ? namedType(type.ofType) : type);

/** Whether a field's value is a list (`[T]`, `[T!]!`...). */
export const isListType = (type: SchemaType): boolean => String(type).replace(/!/g, '').startsWith('[');
