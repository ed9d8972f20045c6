import type { QueryResolvers, TownResolvers } from '../schema/generated/schema-types';

/** A field resolver's arguments, as generated from the schema (a `{ resolve }` object aside). */
type ArgsOf<R> = R extends (parent: never, args: infer A, ...rest: never[]) => unknown ? A : never;

/**
 * The fields of a generated resolver map that list a kind: those ordered by an `orderBy`. A
 * field without arguments takes `Record<PropertyKey, never>`, whose keys are any key: not one.
 */
type ListFieldOf<R> = {
  [K in keyof R]-?: string extends keyof ArgsOf<R[K]> ? never : 'orderBy' extends keyof ArgsOf<R[K]> ? K : never;
}[keyof R];

/** A root field listing a kind across towns, e.g. `events`. */
export type QueryListField = ListFieldOf<QueryResolvers>;

/** A Town field listing a kind in that town, e.g. `Town.events`. */
export type TownListField = ListFieldOf<TownResolvers>;

/**
 * What a list field takes, whichever the kind: one of the generated arguments of the root
 * list fields (a Town's list fields take the same, less `towns` and `group`).
 */
export type ListArgs = ArgsOf<QueryResolvers[QueryListField]>;
